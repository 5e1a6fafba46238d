import type { CountryCode } from "./types";

// ISO 3166-1 alpha-2: the 249 officially assigned codes.
// Source: https://www.iso.org/iso-3166-country-codes.html (Online Browsing Platform, officially assigned).
const ISO_3166_ALPHA2 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
  "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
  "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
  "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
  "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
  "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

export const ISO_COUNTRY_CODES: ReadonlySet<CountryCode> = new Set(ISO_3166_ALPHA2.split(" "));

export function isCountryCode(value: string): boolean {
  return ISO_COUNTRY_CODES.has(value);
}

/**
 * The 27 EU member states (ISO codes: Greece is `GR`, not the EU's `EL`).
 * Source: https://european-union.europa.eu/principles-countries-history/eu-countries_en
 */
export const EU_MEMBER_STATES: readonly CountryCode[] = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
  "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]; // prettier-ignore

/**
 * EU outermost regions that ISO 3166 lists under their own codes but that are EU territory
 * (Art. 349 TFEU; the Azores, Madeira and the Canaries sit inside PT and ES already).
 * Source: https://ec.europa.eu/regional_policy/policy/themes/outermost-regions_en
 */
export const EU_OUTERMOST_REGIONS: readonly CountryCode[] = ["GF", "GP", "MQ", "RE", "YT", "MF"];

/** EEA = the EU plus Iceland, Liechtenstein and Norway. Source: https://www.efta.int/eea */
export const EEA_NON_EU_STATES: readonly CountryCode[] = ["IS", "LI", "NO"];
