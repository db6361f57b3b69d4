package dev.unisdk.crm;

import dev.unisdk.apideck.ApideckResourceService;
import dev.unisdk.apideck.spi.ApideckSession;
import dev.unisdk.crm.model.Note;

/**
 * CRM notes: {@code /crm/notes} list, create, get, update ({@code PATCH}) and delete, blocking and
 * async. Obtain it from {@link CrmClient#notes()}.
 */
public final class NotesService extends ApideckResourceService<Note, NoteListParams> {
  NotesService(ApideckSession session) {
    super(session, Note.class, "crm", "notes");
  }
}
