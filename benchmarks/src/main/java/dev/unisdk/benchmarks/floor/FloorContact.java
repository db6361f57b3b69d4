package dev.unisdk.benchmarks.floor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The floor's contact: a small mutable POJO filled by a hand-written streaming parser. Dates and
 * timestamps are kept as the strings the server sent (no {@code java.time} parsing); the decimal is a
 * {@link BigDecimal}, flags are {@link Boolean}, nested records are small POJOs, and the free-form values
 * (custom field values, custom mappings) are plain Java values (String, Number, Boolean, List, Map).
 */
public final class FloorContact {
  public String id;
  public String name;
  public String ownerId;
  public String type;
  public String companyId;
  public String companyName;
  public String leadId;
  public String firstName;
  public String middleName;
  public String lastName;
  public String prefix;
  public String suffix;
  public String title;
  public String department;
  public String language;
  public String gender;
  /** A date such as {@code 2000-08-12}, as sent. */
  public String birthday;
  public String image;
  public String photoUrl;
  public String leadSource;
  public String fax;
  public String description;
  public BigDecimal currentBalance;
  public String status;
  public Boolean active;
  public List<Link> websites;
  public List<Address> addresses;
  public List<Link> socialLinks;
  public List<Phone> phoneNumbers;
  public List<Email> emails;
  public String emailDomain;
  public List<CustomField> customFields;
  public List<String> tags;
  /** A timestamp such as {@code 2020-09-30T07:43:32.000Z}, as sent; likewise the other {@code ...At}. */
  public String firstCallAt;
  public String firstEmailAt;
  public String lastActivityAt;
  public Map<String, Object> customMappings;
  public String updatedAt;
  public String createdAt;

  /** A website or social link: id, url, type. */
  public static final class Link {
    public String id;
    public String url;
    public String type;
  }

  /** An email entry. */
  public static final class Email {
    public String id;
    public String email;
    public String type;
  }

  /** A phone number entry. */
  public static final class Phone {
    public String id;
    public String countryCode;
    public String areaCode;
    public String number;
    public String extension;
    public String type;
  }

  /** A custom field; its value is whatever JSON value was sent, as a plain Java value. */
  public static final class CustomField {
    public String id;
    public String name;
    public String description;
    public Object value;
  }

  /** A postal address. */
  public static final class Address {
    public String id;
    public String type;
    public String string;
    public String name;
    public String line1;
    public String line2;
    public String line3;
    public String line4;
    public String streetNumber;
    public String city;
    public String state;
    public String postalCode;
    public String country;
    public String latitude;
    public String longitude;
    public String county;
    public String contactName;
    public String salutation;
    public String phoneNumber;
    public String fax;
    public String email;
    public String website;
    public String notes;
    public String rowVersion;
  }
}
