package id.kiosmandiri.member;

public enum MemberStatus { ACTIVE, INACTIVE }
