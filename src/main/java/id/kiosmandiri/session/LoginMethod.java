package id.kiosmandiri.session;

/** How a member identified themselves at the kiosk. */
public enum LoginMethod { CARD, NIK, KPJ }
