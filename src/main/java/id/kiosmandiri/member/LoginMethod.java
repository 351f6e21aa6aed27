package id.kiosmandiri.member;

/** How a member identified themselves at the kiosk. */
public enum LoginMethod { CARD, NIK, KPJ }
