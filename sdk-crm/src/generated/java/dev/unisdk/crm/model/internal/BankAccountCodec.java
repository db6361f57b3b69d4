// Generated from crm.yaml by unisdk codegen. Do not edit.
package dev.unisdk.crm.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.internal.Codecs;
import dev.unisdk.crm.model.BankAccount;
import java.io.IOException;

/**
 * Streaming JSON codec of {@link BankAccount}; not public API.
 */
public final class BankAccountCodec {
  private static final SerializedString F_BANK_NAME = new SerializedString("bank_name");

  private static final SerializedString F_ACCOUNT_NUMBER = new SerializedString("account_number");

  private static final SerializedString F_ACCOUNT_NAME = new SerializedString("account_name");

  private static final SerializedString F_ACCOUNT_TYPE = new SerializedString("account_type");

  private static final SerializedString F_IBAN = new SerializedString("iban");

  private static final SerializedString F_BIC = new SerializedString("bic");

  private static final SerializedString F_ROUTING_NUMBER = new SerializedString("routing_number");

  private static final SerializedString F_BSB_NUMBER = new SerializedString("bsb_number");

  private static final SerializedString F_BRANCH_IDENTIFIER = new SerializedString("branch_identifier");

  private static final SerializedString F_BANK_CODE = new SerializedString("bank_code");

  private static final SerializedString F_CURRENCY = new SerializedString("currency");

  private BankAccountCodec() {
  }

  /**
   * Reads one {@link BankAccount} from a parser on its first token; JSON null gives null.
   *
   * @param p the parser
   * @param ctxt the context
   * @return the model or null
   * @throws IOException when a field cannot be decoded (its name is in the exception path)
   */
  public static BankAccount read(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonToken t = Codecs.enterObject(p, ctxt, BankAccount.class);
    BankAccount.Builder b = BankAccount.builder();
    String field = null;
    try {
      for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        field = p.currentName();
        p.nextToken();
        switch (field) {
          case "bank_name":
            b.bankName(Codecs.readString(p, ctxt));
            break;
          case "account_number":
            b.accountNumber(Codecs.readString(p, ctxt));
            break;
          case "account_name":
            b.accountName(Codecs.readString(p, ctxt));
            break;
          case "account_type":
            b.accountType(BankAccountTypeCodec.read(p, ctxt));
            break;
          case "iban":
            b.iban(Codecs.readString(p, ctxt));
            break;
          case "bic":
            b.bic(Codecs.readString(p, ctxt));
            break;
          case "routing_number":
            b.routingNumber(Codecs.readString(p, ctxt));
            break;
          case "bsb_number":
            b.bsbNumber(Codecs.readString(p, ctxt));
            break;
          case "branch_identifier":
            b.branchIdentifier(Codecs.readString(p, ctxt));
            break;
          case "bank_code":
            b.bankCode(Codecs.readString(p, ctxt));
            break;
          case "currency":
            b.currency(CurrencyCodec.read(p, ctxt));
            break;
          default:
            b.putAdditionalProperty(field, Codecs.readTree(p, ctxt));
            break;
        }
      }
    } catch (JsonMappingException e) {
      throw Codecs.withField(e, BankAccount.class, field);
    }
    return b.build();
  }

  /**
   * Writes a {@link BankAccount}: missing fields are left out, read-only fields too when
   * writing a request body; null gives JSON null.
   *
   * @param g the generator
   * @param provider the provider
   * @param value the model or null
   * @throws IOException when writing fails
   */
  public static void write(JsonGenerator g, SerializerProvider provider, BankAccount value) throws
      IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    if (!value.bankNameField().isMissing()) {
      g.writeFieldName(F_BANK_NAME);
      Codecs.writeString(g, provider, value.bankNameField().value());
    }
    if (!value.accountNumberField().isMissing()) {
      g.writeFieldName(F_ACCOUNT_NUMBER);
      Codecs.writeString(g, provider, value.accountNumberField().value());
    }
    if (!value.accountNameField().isMissing()) {
      g.writeFieldName(F_ACCOUNT_NAME);
      Codecs.writeString(g, provider, value.accountNameField().value());
    }
    if (!value.accountTypeField().isMissing()) {
      g.writeFieldName(F_ACCOUNT_TYPE);
      BankAccountTypeCodec.write(g, provider, value.accountTypeField().value());
    }
    if (!value.ibanField().isMissing()) {
      g.writeFieldName(F_IBAN);
      Codecs.writeString(g, provider, value.ibanField().value());
    }
    if (!value.bicField().isMissing()) {
      g.writeFieldName(F_BIC);
      Codecs.writeString(g, provider, value.bicField().value());
    }
    if (!value.routingNumberField().isMissing()) {
      g.writeFieldName(F_ROUTING_NUMBER);
      Codecs.writeString(g, provider, value.routingNumberField().value());
    }
    if (!value.bsbNumberField().isMissing()) {
      g.writeFieldName(F_BSB_NUMBER);
      Codecs.writeString(g, provider, value.bsbNumberField().value());
    }
    if (!value.branchIdentifierField().isMissing()) {
      g.writeFieldName(F_BRANCH_IDENTIFIER);
      Codecs.writeString(g, provider, value.branchIdentifierField().value());
    }
    if (!value.bankCodeField().isMissing()) {
      g.writeFieldName(F_BANK_CODE);
      Codecs.writeString(g, provider, value.bankCodeField().value());
    }
    if (!value.currencyField().isMissing()) {
      g.writeFieldName(F_CURRENCY);
      CurrencyCodec.write(g, provider, value.currencyField().value());
    }
    Codecs.writeAdditionalProperties(g, provider, value.additionalProperties());
    g.writeEndObject();
  }

  /**
   * Jackson deserializer of {@link BankAccount}.
   */
  public static final class Deserializer extends StdDeserializer<BankAccount> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the deserializer.
     */
    public Deserializer() {
      super(BankAccount.class);
    }

    @Override
    public BankAccount deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return read(p, ctxt);
    }
  }

  /**
   * Jackson serializer of {@link BankAccount}.
   */
  public static final class Serializer extends StdSerializer<BankAccount> {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the serializer.
     */
    public Serializer() {
      super(BankAccount.class);
    }

    @Override
    public void serialize(BankAccount value, JsonGenerator g, SerializerProvider provider) throws
        IOException {
      write(g, provider, value);
    }
  }
}
