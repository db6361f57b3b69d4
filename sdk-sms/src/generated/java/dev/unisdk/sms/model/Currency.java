// Generated from sms.yaml by unisdk codegen. Do not edit.
package dev.unisdk.sms.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.unisdk.core.model.OpenEnum;
import dev.unisdk.core.model.internal.Codecs;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Indicates the associated currency for an amount of money. Values correspond to ISO 4217.
 *
 * <p>An open enum: the documented values are constants; any other value sent by the server
 * is kept as is ({@link #isKnown()} is false) and written back unchanged.
 */
@JsonSerialize(
    using = Currency.Codec.Serializer.class
)
@JsonDeserialize(
    using = Currency.Codec.Deserializer.class
)
public final class Currency extends OpenEnum {
  /**
   * The value <code>UNKNOWN_CURRENCY</code>.
   */
  public static final Currency UNKNOWN_CURRENCY = new Currency("UNKNOWN_CURRENCY", true);

  /**
   * The value <code>AED</code>.
   */
  public static final Currency AED = new Currency("AED", true);

  /**
   * The value <code>AFN</code>.
   */
  public static final Currency AFN = new Currency("AFN", true);

  /**
   * The value <code>ALL</code>.
   */
  public static final Currency ALL = new Currency("ALL", true);

  /**
   * The value <code>AMD</code>.
   */
  public static final Currency AMD = new Currency("AMD", true);

  /**
   * The value <code>ANG</code>.
   */
  public static final Currency ANG = new Currency("ANG", true);

  /**
   * The value <code>AOA</code>.
   */
  public static final Currency AOA = new Currency("AOA", true);

  /**
   * The value <code>ARS</code>.
   */
  public static final Currency ARS = new Currency("ARS", true);

  /**
   * The value <code>AUD</code>.
   */
  public static final Currency AUD = new Currency("AUD", true);

  /**
   * The value <code>AWG</code>.
   */
  public static final Currency AWG = new Currency("AWG", true);

  /**
   * The value <code>AZN</code>.
   */
  public static final Currency AZN = new Currency("AZN", true);

  /**
   * The value <code>BAM</code>.
   */
  public static final Currency BAM = new Currency("BAM", true);

  /**
   * The value <code>BBD</code>.
   */
  public static final Currency BBD = new Currency("BBD", true);

  /**
   * The value <code>BDT</code>.
   */
  public static final Currency BDT = new Currency("BDT", true);

  /**
   * The value <code>BGN</code>.
   */
  public static final Currency BGN = new Currency("BGN", true);

  /**
   * The value <code>BHD</code>.
   */
  public static final Currency BHD = new Currency("BHD", true);

  /**
   * The value <code>BIF</code>.
   */
  public static final Currency BIF = new Currency("BIF", true);

  /**
   * The value <code>BMD</code>.
   */
  public static final Currency BMD = new Currency("BMD", true);

  /**
   * The value <code>BND</code>.
   */
  public static final Currency BND = new Currency("BND", true);

  /**
   * The value <code>BOB</code>.
   */
  public static final Currency BOB = new Currency("BOB", true);

  /**
   * The value <code>BOV</code>.
   */
  public static final Currency BOV = new Currency("BOV", true);

  /**
   * The value <code>BRL</code>.
   */
  public static final Currency BRL = new Currency("BRL", true);

  /**
   * The value <code>BSD</code>.
   */
  public static final Currency BSD = new Currency("BSD", true);

  /**
   * The value <code>BTN</code>.
   */
  public static final Currency BTN = new Currency("BTN", true);

  /**
   * The value <code>BWP</code>.
   */
  public static final Currency BWP = new Currency("BWP", true);

  /**
   * The value <code>BYR</code>.
   */
  public static final Currency BYR = new Currency("BYR", true);

  /**
   * The value <code>BZD</code>.
   */
  public static final Currency BZD = new Currency("BZD", true);

  /**
   * The value <code>CAD</code>.
   */
  public static final Currency CAD = new Currency("CAD", true);

  /**
   * The value <code>CDF</code>.
   */
  public static final Currency CDF = new Currency("CDF", true);

  /**
   * The value <code>CHE</code>.
   */
  public static final Currency CHE = new Currency("CHE", true);

  /**
   * The value <code>CHF</code>.
   */
  public static final Currency CHF = new Currency("CHF", true);

  /**
   * The value <code>CHW</code>.
   */
  public static final Currency CHW = new Currency("CHW", true);

  /**
   * The value <code>CLF</code>.
   */
  public static final Currency CLF = new Currency("CLF", true);

  /**
   * The value <code>CLP</code>.
   */
  public static final Currency CLP = new Currency("CLP", true);

  /**
   * The value <code>CNY</code>.
   */
  public static final Currency CNY = new Currency("CNY", true);

  /**
   * The value <code>COP</code>.
   */
  public static final Currency COP = new Currency("COP", true);

  /**
   * The value <code>COU</code>.
   */
  public static final Currency COU = new Currency("COU", true);

  /**
   * The value <code>CRC</code>.
   */
  public static final Currency CRC = new Currency("CRC", true);

  /**
   * The value <code>CUC</code>.
   */
  public static final Currency CUC = new Currency("CUC", true);

  /**
   * The value <code>CUP</code>.
   */
  public static final Currency CUP = new Currency("CUP", true);

  /**
   * The value <code>CVE</code>.
   */
  public static final Currency CVE = new Currency("CVE", true);

  /**
   * The value <code>CZK</code>.
   */
  public static final Currency CZK = new Currency("CZK", true);

  /**
   * The value <code>DJF</code>.
   */
  public static final Currency DJF = new Currency("DJF", true);

  /**
   * The value <code>DKK</code>.
   */
  public static final Currency DKK = new Currency("DKK", true);

  /**
   * The value <code>DOP</code>.
   */
  public static final Currency DOP = new Currency("DOP", true);

  /**
   * The value <code>DZD</code>.
   */
  public static final Currency DZD = new Currency("DZD", true);

  /**
   * The value <code>EGP</code>.
   */
  public static final Currency EGP = new Currency("EGP", true);

  /**
   * The value <code>ERN</code>.
   */
  public static final Currency ERN = new Currency("ERN", true);

  /**
   * The value <code>ETB</code>.
   */
  public static final Currency ETB = new Currency("ETB", true);

  /**
   * The value <code>EUR</code>.
   */
  public static final Currency EUR = new Currency("EUR", true);

  /**
   * The value <code>FJD</code>.
   */
  public static final Currency FJD = new Currency("FJD", true);

  /**
   * The value <code>FKP</code>.
   */
  public static final Currency FKP = new Currency("FKP", true);

  /**
   * The value <code>GBP</code>.
   */
  public static final Currency GBP = new Currency("GBP", true);

  /**
   * The value <code>GEL</code>.
   */
  public static final Currency GEL = new Currency("GEL", true);

  /**
   * The value <code>GHS</code>.
   */
  public static final Currency GHS = new Currency("GHS", true);

  /**
   * The value <code>GIP</code>.
   */
  public static final Currency GIP = new Currency("GIP", true);

  /**
   * The value <code>GMD</code>.
   */
  public static final Currency GMD = new Currency("GMD", true);

  /**
   * The value <code>GNF</code>.
   */
  public static final Currency GNF = new Currency("GNF", true);

  /**
   * The value <code>GTQ</code>.
   */
  public static final Currency GTQ = new Currency("GTQ", true);

  /**
   * The value <code>GYD</code>.
   */
  public static final Currency GYD = new Currency("GYD", true);

  /**
   * The value <code>HKD</code>.
   */
  public static final Currency HKD = new Currency("HKD", true);

  /**
   * The value <code>HNL</code>.
   */
  public static final Currency HNL = new Currency("HNL", true);

  /**
   * The value <code>HRK</code>.
   */
  public static final Currency HRK = new Currency("HRK", true);

  /**
   * The value <code>HTG</code>.
   */
  public static final Currency HTG = new Currency("HTG", true);

  /**
   * The value <code>HUF</code>.
   */
  public static final Currency HUF = new Currency("HUF", true);

  /**
   * The value <code>IDR</code>.
   */
  public static final Currency IDR = new Currency("IDR", true);

  /**
   * The value <code>ILS</code>.
   */
  public static final Currency ILS = new Currency("ILS", true);

  /**
   * The value <code>INR</code>.
   */
  public static final Currency INR = new Currency("INR", true);

  /**
   * The value <code>IQD</code>.
   */
  public static final Currency IQD = new Currency("IQD", true);

  /**
   * The value <code>IRR</code>.
   */
  public static final Currency IRR = new Currency("IRR", true);

  /**
   * The value <code>ISK</code>.
   */
  public static final Currency ISK = new Currency("ISK", true);

  /**
   * The value <code>JMD</code>.
   */
  public static final Currency JMD = new Currency("JMD", true);

  /**
   * The value <code>JOD</code>.
   */
  public static final Currency JOD = new Currency("JOD", true);

  /**
   * The value <code>JPY</code>.
   */
  public static final Currency JPY = new Currency("JPY", true);

  /**
   * The value <code>KES</code>.
   */
  public static final Currency KES = new Currency("KES", true);

  /**
   * The value <code>KGS</code>.
   */
  public static final Currency KGS = new Currency("KGS", true);

  /**
   * The value <code>KHR</code>.
   */
  public static final Currency KHR = new Currency("KHR", true);

  /**
   * The value <code>KMF</code>.
   */
  public static final Currency KMF = new Currency("KMF", true);

  /**
   * The value <code>KPW</code>.
   */
  public static final Currency KPW = new Currency("KPW", true);

  /**
   * The value <code>KRW</code>.
   */
  public static final Currency KRW = new Currency("KRW", true);

  /**
   * The value <code>KWD</code>.
   */
  public static final Currency KWD = new Currency("KWD", true);

  /**
   * The value <code>KYD</code>.
   */
  public static final Currency KYD = new Currency("KYD", true);

  /**
   * The value <code>KZT</code>.
   */
  public static final Currency KZT = new Currency("KZT", true);

  /**
   * The value <code>LAK</code>.
   */
  public static final Currency LAK = new Currency("LAK", true);

  /**
   * The value <code>LBP</code>.
   */
  public static final Currency LBP = new Currency("LBP", true);

  /**
   * The value <code>LKR</code>.
   */
  public static final Currency LKR = new Currency("LKR", true);

  /**
   * The value <code>LRD</code>.
   */
  public static final Currency LRD = new Currency("LRD", true);

  /**
   * The value <code>LSL</code>.
   */
  public static final Currency LSL = new Currency("LSL", true);

  /**
   * The value <code>LTL</code>.
   */
  public static final Currency LTL = new Currency("LTL", true);

  /**
   * The value <code>LVL</code>.
   */
  public static final Currency LVL = new Currency("LVL", true);

  /**
   * The value <code>LYD</code>.
   */
  public static final Currency LYD = new Currency("LYD", true);

  /**
   * The value <code>MAD</code>.
   */
  public static final Currency MAD = new Currency("MAD", true);

  /**
   * The value <code>MDL</code>.
   */
  public static final Currency MDL = new Currency("MDL", true);

  /**
   * The value <code>MGA</code>.
   */
  public static final Currency MGA = new Currency("MGA", true);

  /**
   * The value <code>MKD</code>.
   */
  public static final Currency MKD = new Currency("MKD", true);

  /**
   * The value <code>MMK</code>.
   */
  public static final Currency MMK = new Currency("MMK", true);

  /**
   * The value <code>MNT</code>.
   */
  public static final Currency MNT = new Currency("MNT", true);

  /**
   * The value <code>MOP</code>.
   */
  public static final Currency MOP = new Currency("MOP", true);

  /**
   * The value <code>MRO</code>.
   */
  public static final Currency MRO = new Currency("MRO", true);

  /**
   * The value <code>MUR</code>.
   */
  public static final Currency MUR = new Currency("MUR", true);

  /**
   * The value <code>MVR</code>.
   */
  public static final Currency MVR = new Currency("MVR", true);

  /**
   * The value <code>MWK</code>.
   */
  public static final Currency MWK = new Currency("MWK", true);

  /**
   * The value <code>MXN</code>.
   */
  public static final Currency MXN = new Currency("MXN", true);

  /**
   * The value <code>MXV</code>.
   */
  public static final Currency MXV = new Currency("MXV", true);

  /**
   * The value <code>MYR</code>.
   */
  public static final Currency MYR = new Currency("MYR", true);

  /**
   * The value <code>MZN</code>.
   */
  public static final Currency MZN = new Currency("MZN", true);

  /**
   * The value <code>NAD</code>.
   */
  public static final Currency NAD = new Currency("NAD", true);

  /**
   * The value <code>NGN</code>.
   */
  public static final Currency NGN = new Currency("NGN", true);

  /**
   * The value <code>NIO</code>.
   */
  public static final Currency NIO = new Currency("NIO", true);

  /**
   * The value <code>NOK</code>.
   */
  public static final Currency NOK = new Currency("NOK", true);

  /**
   * The value <code>NPR</code>.
   */
  public static final Currency NPR = new Currency("NPR", true);

  /**
   * The value <code>NZD</code>.
   */
  public static final Currency NZD = new Currency("NZD", true);

  /**
   * The value <code>OMR</code>.
   */
  public static final Currency OMR = new Currency("OMR", true);

  /**
   * The value <code>PAB</code>.
   */
  public static final Currency PAB = new Currency("PAB", true);

  /**
   * The value <code>PEN</code>.
   */
  public static final Currency PEN = new Currency("PEN", true);

  /**
   * The value <code>PGK</code>.
   */
  public static final Currency PGK = new Currency("PGK", true);

  /**
   * The value <code>PHP</code>.
   */
  public static final Currency PHP = new Currency("PHP", true);

  /**
   * The value <code>PKR</code>.
   */
  public static final Currency PKR = new Currency("PKR", true);

  /**
   * The value <code>PLN</code>.
   */
  public static final Currency PLN = new Currency("PLN", true);

  /**
   * The value <code>PYG</code>.
   */
  public static final Currency PYG = new Currency("PYG", true);

  /**
   * The value <code>QAR</code>.
   */
  public static final Currency QAR = new Currency("QAR", true);

  /**
   * The value <code>RON</code>.
   */
  public static final Currency RON = new Currency("RON", true);

  /**
   * The value <code>RSD</code>.
   */
  public static final Currency RSD = new Currency("RSD", true);

  /**
   * The value <code>RUB</code>.
   */
  public static final Currency RUB = new Currency("RUB", true);

  /**
   * The value <code>RWF</code>.
   */
  public static final Currency RWF = new Currency("RWF", true);

  /**
   * The value <code>SAR</code>.
   */
  public static final Currency SAR = new Currency("SAR", true);

  /**
   * The value <code>SBD</code>.
   */
  public static final Currency SBD = new Currency("SBD", true);

  /**
   * The value <code>SCR</code>.
   */
  public static final Currency SCR = new Currency("SCR", true);

  /**
   * The value <code>SDG</code>.
   */
  public static final Currency SDG = new Currency("SDG", true);

  /**
   * The value <code>SEK</code>.
   */
  public static final Currency SEK = new Currency("SEK", true);

  /**
   * The value <code>SGD</code>.
   */
  public static final Currency SGD = new Currency("SGD", true);

  /**
   * The value <code>SHP</code>.
   */
  public static final Currency SHP = new Currency("SHP", true);

  /**
   * The value <code>SLL</code>.
   */
  public static final Currency SLL = new Currency("SLL", true);

  /**
   * The value <code>SOS</code>.
   */
  public static final Currency SOS = new Currency("SOS", true);

  /**
   * The value <code>SRD</code>.
   */
  public static final Currency SRD = new Currency("SRD", true);

  /**
   * The value <code>SSP</code>.
   */
  public static final Currency SSP = new Currency("SSP", true);

  /**
   * The value <code>STD</code>.
   */
  public static final Currency STD = new Currency("STD", true);

  /**
   * The value <code>SVC</code>.
   */
  public static final Currency SVC = new Currency("SVC", true);

  /**
   * The value <code>SYP</code>.
   */
  public static final Currency SYP = new Currency("SYP", true);

  /**
   * The value <code>SZL</code>.
   */
  public static final Currency SZL = new Currency("SZL", true);

  /**
   * The value <code>THB</code>.
   */
  public static final Currency THB = new Currency("THB", true);

  /**
   * The value <code>TJS</code>.
   */
  public static final Currency TJS = new Currency("TJS", true);

  /**
   * The value <code>TMT</code>.
   */
  public static final Currency TMT = new Currency("TMT", true);

  /**
   * The value <code>TND</code>.
   */
  public static final Currency TND = new Currency("TND", true);

  /**
   * The value <code>TOP</code>.
   */
  public static final Currency TOP = new Currency("TOP", true);

  /**
   * The value <code>TRC</code>.
   */
  public static final Currency TRC = new Currency("TRC", true);

  /**
   * The value <code>TRY</code>.
   */
  public static final Currency VALUE_TRY = new Currency("TRY", true);

  /**
   * The value <code>TTD</code>.
   */
  public static final Currency TTD = new Currency("TTD", true);

  /**
   * The value <code>TWD</code>.
   */
  public static final Currency TWD = new Currency("TWD", true);

  /**
   * The value <code>TZS</code>.
   */
  public static final Currency TZS = new Currency("TZS", true);

  /**
   * The value <code>UAH</code>.
   */
  public static final Currency UAH = new Currency("UAH", true);

  /**
   * The value <code>UGX</code>.
   */
  public static final Currency UGX = new Currency("UGX", true);

  /**
   * The value <code>USD</code>.
   */
  public static final Currency USD = new Currency("USD", true);

  /**
   * The value <code>USN</code>.
   */
  public static final Currency USN = new Currency("USN", true);

  /**
   * The value <code>USS</code>.
   */
  public static final Currency USS = new Currency("USS", true);

  /**
   * The value <code>UYI</code>.
   */
  public static final Currency UYI = new Currency("UYI", true);

  /**
   * The value <code>UYU</code>.
   */
  public static final Currency UYU = new Currency("UYU", true);

  /**
   * The value <code>UZS</code>.
   */
  public static final Currency UZS = new Currency("UZS", true);

  /**
   * The value <code>VEF</code>.
   */
  public static final Currency VEF = new Currency("VEF", true);

  /**
   * The value <code>VND</code>.
   */
  public static final Currency VND = new Currency("VND", true);

  /**
   * The value <code>VUV</code>.
   */
  public static final Currency VUV = new Currency("VUV", true);

  /**
   * The value <code>WST</code>.
   */
  public static final Currency WST = new Currency("WST", true);

  /**
   * The value <code>XAF</code>.
   */
  public static final Currency XAF = new Currency("XAF", true);

  /**
   * The value <code>XAG</code>.
   */
  public static final Currency XAG = new Currency("XAG", true);

  /**
   * The value <code>XAU</code>.
   */
  public static final Currency XAU = new Currency("XAU", true);

  /**
   * The value <code>XBA</code>.
   */
  public static final Currency XBA = new Currency("XBA", true);

  /**
   * The value <code>XBB</code>.
   */
  public static final Currency XBB = new Currency("XBB", true);

  /**
   * The value <code>XBC</code>.
   */
  public static final Currency XBC = new Currency("XBC", true);

  /**
   * The value <code>XBD</code>.
   */
  public static final Currency XBD = new Currency("XBD", true);

  /**
   * The value <code>XCD</code>.
   */
  public static final Currency XCD = new Currency("XCD", true);

  /**
   * The value <code>XDR</code>.
   */
  public static final Currency XDR = new Currency("XDR", true);

  /**
   * The value <code>XOF</code>.
   */
  public static final Currency XOF = new Currency("XOF", true);

  /**
   * The value <code>XPD</code>.
   */
  public static final Currency XPD = new Currency("XPD", true);

  /**
   * The value <code>XPF</code>.
   */
  public static final Currency XPF = new Currency("XPF", true);

  /**
   * The value <code>XPT</code>.
   */
  public static final Currency XPT = new Currency("XPT", true);

  /**
   * The value <code>XTS</code>.
   */
  public static final Currency XTS = new Currency("XTS", true);

  /**
   * The value <code>XXX</code>.
   */
  public static final Currency XXX = new Currency("XXX", true);

  /**
   * The value <code>YER</code>.
   */
  public static final Currency YER = new Currency("YER", true);

  /**
   * The value <code>ZAR</code>.
   */
  public static final Currency ZAR = new Currency("ZAR", true);

  /**
   * The value <code>ZMK</code>.
   */
  public static final Currency ZMK = new Currency("ZMK", true);

  /**
   * The value <code>ZMW</code>.
   */
  public static final Currency ZMW = new Currency("ZMW", true);

  /**
   * The value <code>BTC</code>.
   */
  public static final Currency BTC = new Currency("BTC", true);

  /**
   * The value <code>ETH</code>.
   */
  public static final Currency ETH = new Currency("ETH", true);

  private static final List<Currency> KNOWN_VALUES = Collections.unmodifiableList(Arrays.asList(UNKNOWN_CURRENCY, AED, AFN, ALL, AMD, ANG, AOA, ARS, AUD, AWG, AZN, BAM, BBD, BDT, BGN, BHD, BIF, BMD, BND, BOB, BOV, BRL, BSD, BTN, BWP, BYR, BZD, CAD, CDF, CHE, CHF, CHW, CLF, CLP, CNY, COP, COU, CRC, CUC, CUP, CVE, CZK, DJF, DKK, DOP, DZD, EGP, ERN, ETB, EUR, FJD, FKP, GBP, GEL, GHS, GIP, GMD, GNF, GTQ, GYD, HKD, HNL, HRK, HTG, HUF, IDR, ILS, INR, IQD, IRR, ISK, JMD, JOD, JPY, KES, KGS, KHR, KMF, KPW, KRW, KWD, KYD, KZT, LAK, LBP, LKR, LRD, LSL, LTL, LVL, LYD, MAD, MDL, MGA, MKD, MMK, MNT, MOP, MRO, MUR, MVR, MWK, MXN, MXV, MYR, MZN, NAD, NGN, NIO, NOK, NPR, NZD, OMR, PAB, PEN, PGK, PHP, PKR, PLN, PYG, QAR, RON, RSD, RUB, RWF, SAR, SBD, SCR, SDG, SEK, SGD, SHP, SLL, SOS, SRD, SSP, STD, SVC, SYP, SZL, THB, TJS, TMT, TND, TOP, TRC, VALUE_TRY, TTD, TWD, TZS, UAH, UGX, USD, USN, USS, UYI, UYU, UZS, VEF, VND, VUV, WST, XAF, XAG, XAU, XBA, XBB, XBC, XBD, XCD, XDR, XOF, XPD, XPF, XPT, XTS, XXX, YER, ZAR, ZMK, ZMW, BTC, ETH));

  private Currency(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for a documented value, else a new instance holding {@code value}.
   *
   * @param value the raw value, not null
   * @return the enum value
   */
  public static Currency of(String value) {
    switch (value) {
      case "UNKNOWN_CURRENCY": return UNKNOWN_CURRENCY;
      case "AED": return AED;
      case "AFN": return AFN;
      case "ALL": return ALL;
      case "AMD": return AMD;
      case "ANG": return ANG;
      case "AOA": return AOA;
      case "ARS": return ARS;
      case "AUD": return AUD;
      case "AWG": return AWG;
      case "AZN": return AZN;
      case "BAM": return BAM;
      case "BBD": return BBD;
      case "BDT": return BDT;
      case "BGN": return BGN;
      case "BHD": return BHD;
      case "BIF": return BIF;
      case "BMD": return BMD;
      case "BND": return BND;
      case "BOB": return BOB;
      case "BOV": return BOV;
      case "BRL": return BRL;
      case "BSD": return BSD;
      case "BTN": return BTN;
      case "BWP": return BWP;
      case "BYR": return BYR;
      case "BZD": return BZD;
      case "CAD": return CAD;
      case "CDF": return CDF;
      case "CHE": return CHE;
      case "CHF": return CHF;
      case "CHW": return CHW;
      case "CLF": return CLF;
      case "CLP": return CLP;
      case "CNY": return CNY;
      case "COP": return COP;
      case "COU": return COU;
      case "CRC": return CRC;
      case "CUC": return CUC;
      case "CUP": return CUP;
      case "CVE": return CVE;
      case "CZK": return CZK;
      case "DJF": return DJF;
      case "DKK": return DKK;
      case "DOP": return DOP;
      case "DZD": return DZD;
      case "EGP": return EGP;
      case "ERN": return ERN;
      case "ETB": return ETB;
      case "EUR": return EUR;
      case "FJD": return FJD;
      case "FKP": return FKP;
      case "GBP": return GBP;
      case "GEL": return GEL;
      case "GHS": return GHS;
      case "GIP": return GIP;
      case "GMD": return GMD;
      case "GNF": return GNF;
      case "GTQ": return GTQ;
      case "GYD": return GYD;
      case "HKD": return HKD;
      case "HNL": return HNL;
      case "HRK": return HRK;
      case "HTG": return HTG;
      case "HUF": return HUF;
      case "IDR": return IDR;
      case "ILS": return ILS;
      case "INR": return INR;
      case "IQD": return IQD;
      case "IRR": return IRR;
      case "ISK": return ISK;
      case "JMD": return JMD;
      case "JOD": return JOD;
      case "JPY": return JPY;
      case "KES": return KES;
      case "KGS": return KGS;
      case "KHR": return KHR;
      case "KMF": return KMF;
      case "KPW": return KPW;
      case "KRW": return KRW;
      case "KWD": return KWD;
      case "KYD": return KYD;
      case "KZT": return KZT;
      case "LAK": return LAK;
      case "LBP": return LBP;
      case "LKR": return LKR;
      case "LRD": return LRD;
      case "LSL": return LSL;
      case "LTL": return LTL;
      case "LVL": return LVL;
      case "LYD": return LYD;
      case "MAD": return MAD;
      case "MDL": return MDL;
      case "MGA": return MGA;
      case "MKD": return MKD;
      case "MMK": return MMK;
      case "MNT": return MNT;
      case "MOP": return MOP;
      case "MRO": return MRO;
      case "MUR": return MUR;
      case "MVR": return MVR;
      case "MWK": return MWK;
      case "MXN": return MXN;
      case "MXV": return MXV;
      case "MYR": return MYR;
      case "MZN": return MZN;
      case "NAD": return NAD;
      case "NGN": return NGN;
      case "NIO": return NIO;
      case "NOK": return NOK;
      case "NPR": return NPR;
      case "NZD": return NZD;
      case "OMR": return OMR;
      case "PAB": return PAB;
      case "PEN": return PEN;
      case "PGK": return PGK;
      case "PHP": return PHP;
      case "PKR": return PKR;
      case "PLN": return PLN;
      case "PYG": return PYG;
      case "QAR": return QAR;
      case "RON": return RON;
      case "RSD": return RSD;
      case "RUB": return RUB;
      case "RWF": return RWF;
      case "SAR": return SAR;
      case "SBD": return SBD;
      case "SCR": return SCR;
      case "SDG": return SDG;
      case "SEK": return SEK;
      case "SGD": return SGD;
      case "SHP": return SHP;
      case "SLL": return SLL;
      case "SOS": return SOS;
      case "SRD": return SRD;
      case "SSP": return SSP;
      case "STD": return STD;
      case "SVC": return SVC;
      case "SYP": return SYP;
      case "SZL": return SZL;
      case "THB": return THB;
      case "TJS": return TJS;
      case "TMT": return TMT;
      case "TND": return TND;
      case "TOP": return TOP;
      case "TRC": return TRC;
      case "TRY": return VALUE_TRY;
      case "TTD": return TTD;
      case "TWD": return TWD;
      case "TZS": return TZS;
      case "UAH": return UAH;
      case "UGX": return UGX;
      case "USD": return USD;
      case "USN": return USN;
      case "USS": return USS;
      case "UYI": return UYI;
      case "UYU": return UYU;
      case "UZS": return UZS;
      case "VEF": return VEF;
      case "VND": return VND;
      case "VUV": return VUV;
      case "WST": return WST;
      case "XAF": return XAF;
      case "XAG": return XAG;
      case "XAU": return XAU;
      case "XBA": return XBA;
      case "XBB": return XBB;
      case "XBC": return XBC;
      case "XBD": return XBD;
      case "XCD": return XCD;
      case "XDR": return XDR;
      case "XOF": return XOF;
      case "XPD": return XPD;
      case "XPF": return XPF;
      case "XPT": return XPT;
      case "XTS": return XTS;
      case "XXX": return XXX;
      case "YER": return YER;
      case "ZAR": return ZAR;
      case "ZMK": return ZMK;
      case "ZMW": return ZMW;
      case "BTC": return BTC;
      case "ETH": return ETH;
      default: return new Currency(value, false);
    }
  }

  /**
   * The documented values, in spec order.
   *
   * @return an unmodifiable list
   */
  public static List<Currency> knownValues() {
    return KNOWN_VALUES;
  }

  /**
   * Streaming JSON codec of {@link Currency}; not public API.
   */
  static final class Codec {
    private Codec() {
    }

    /**
     * Reads a value; unknown values are kept, JSON null gives null.
     *
     * @param p the parser
     * @param ctxt the context
     * @return the value or null
     * @throws IOException when the value is an object or array
     */
    static Currency read(JsonParser p, DeserializationContext ctxt) throws IOException {
      String s = Codecs.readString(p, ctxt);
      return s == null ? null : Currency.of(s);
    }

    /**
     * Writes the raw value or JSON null.
     *
     * @param g the generator
     * @param provider the provider
     * @param value the value or null
     * @throws IOException when writing fails
     */
    static void write(JsonGenerator g, SerializerProvider provider, Currency value) throws
        IOException {
      Codecs.writeEnum(g, provider, value);
    }

    /**
     * Jackson deserializer of {@link Currency}.
     */
    public static final class Deserializer extends StdDeserializer<Currency> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the deserializer.
       */
      public Deserializer() {
        super(Currency.class);
      }

      @Override
      public Currency deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt);
      }
    }

    /**
     * Jackson serializer of {@link Currency}.
     */
    public static final class Serializer extends StdSerializer<Currency> {
      private static final long serialVersionUID = 1L;

      /**
       * Creates the serializer.
       */
      public Serializer() {
        super(Currency.class);
      }

      @Override
      public void serialize(Currency value, JsonGenerator g, SerializerProvider provider) throws
          IOException {
        write(g, provider, value);
      }
    }
  }
}
