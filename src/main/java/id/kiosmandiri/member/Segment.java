package id.kiosmandiri.member;

/** PU: wage earners (Penerima Upah); BPU: informal workers (Bukan Penerima Upah). */
public enum Segment { PU, BPU }
