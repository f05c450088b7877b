package se.rjl.patientfees.dental.pricelist;

/** What one unit of a row's price buys (decision E26). */
public enum PriceUnit {
  /** One treatment, item, visit or occasion, as the text says ("per styck", "per led", "per besök"). */
  EACH,
  /** One minute ("Deb per min."): 9008, 9010, 9021. */
  PER_MINUTE,
  /** One krona of a pass-through cost ("1st = 1skr"): 9009, 9013. */
  PER_KRONA
}
