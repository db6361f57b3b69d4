package dev.unisdk.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The baseline's contact: a plain mutable Jackson POJO with the same fields and types as the SDK's
 * generated {@code Contact} (the floor any hand-written OkHttp + Jackson client would use).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BaselineContact {
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
  public LocalDate birthday;
  public String image;
  public String photoUrl;
  public String leadSource;
  public String fax;
  public String description;
  public BigDecimal currentBalance;
  public String status;
  public Boolean active;
  public List<Website> websites;
  public List<Address> addresses;
  public List<SocialLink> socialLinks;
  public List<PhoneNumber> phoneNumbers;
  public List<Email> emails;
  public String emailDomain;
  public List<CustomField> customFields;
  public List<String> tags;
  public OffsetDateTime firstCallAt;
  public OffsetDateTime firstEmailAt;
  public OffsetDateTime lastActivityAt;
  public Map<String, Object> customMappings;
  public OffsetDateTime updatedAt;
  public OffsetDateTime createdAt;

  /** Website entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Website {
    public String id;
    public String url;
    public String type;
  }

  /** Social link entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class SocialLink {
    public String id;
    public String url;
    public String type;
  }

  /** Email entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Email {
    public String id;
    public String email;
    public String type;
  }

  /** Phone number entry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class PhoneNumber {
    public String id;
    public String countryCode;
    public String areaCode;
    public String number;
    public String extension;
    public String type;
  }

  /** Custom field; its value is polymorphic, kept as a tree. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class CustomField {
    public String id;
    public String name;
    public String description;
    public JsonNode value;
  }

  /** Postal address. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static class Address {
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
