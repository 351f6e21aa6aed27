package id.kiosmandiri.member;

public enum Gender { M, F }
