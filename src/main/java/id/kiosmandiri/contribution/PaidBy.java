package id.kiosmandiri.contribution;

/** Who pays a month: the employer (PU) or the member themselves (BPU). */
public enum PaidBy { EMPLOYER, SELF }
