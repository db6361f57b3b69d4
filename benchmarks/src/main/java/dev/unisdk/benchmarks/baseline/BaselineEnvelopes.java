package dev.unisdk.benchmarks.baseline;

import java.util.List;

/** The baseline's response envelopes: plain Jackson POJOs. */
public final class BaselineEnvelopes {
  private BaselineEnvelopes() {}

  /** A list page. */
  public static class ListContacts {
    public Integer statusCode;
    public String status;
    public String service;
    public String resource;
    public String operation;
    public List<BaselineContact> data;
    public Meta meta;
    public Links links;
  }

  /** A single record. */
  public static class GetContact {
    public Integer statusCode;
    public String status;
    public String service;
    public String resource;
    public String operation;
    public BaselineContact data;
  }

  /** A create/update/delete answer. */
  public static class Mutation {
    public Integer statusCode;
    public String status;
    public String service;
    public String resource;
    public String operation;
    public Id data;
  }

  /** The id of a mutated record. */
  public static class Id {
    public String id;
  }

  /** Paging metadata. */
  public static class Meta {
    public Integer itemsOnPage;
    public Cursors cursors;
  }

  /** Cursors. */
  public static class Cursors {
    public String previous;
    public String current;
    public String next;
  }

  /** Links. */
  public static class Links {
    public String previous;
    public String current;
    public String next;
  }
}
