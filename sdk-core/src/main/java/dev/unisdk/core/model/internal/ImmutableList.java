package dev.unisdk.core.model.internal;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * The unmodifiable list held by generated models. Lists decoded by {@link Codecs#readList} are already of
 * this type, so a model's builder keeps them without a second copy; any other list is copied.
 *
 * @param <T> the element type
 */
public final class ImmutableList<T> extends AbstractList<T> implements RandomAccess {
  private final Object[] elements;

  private ImmutableList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * The list itself when it is already immutable, else an immutable copy; null stays null.
   *
   * @param list the list, may be null
   * @param <T> the element type
   * @return an immutable list or null
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> copyOf(Collection<? extends T> list) {
    if (list == null) {
      return null;
    }
    if (list instanceof ImmutableList) {
      return (List<T>) list;
    }
    return new ImmutableList<>(list.toArray());
  }

  static <T> List<T> wrap(Object[] owned) {
    return new ImmutableList<>(owned);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T get(int index) {
    return (T) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
