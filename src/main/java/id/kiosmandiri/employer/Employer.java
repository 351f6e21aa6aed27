package id.kiosmandiri.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "employer")
class Employer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 8)
    private String npp;

    @Column(nullable = false, length = 3)
    private String division;

    @Column(nullable = false, length = 160)
    private String name;

    /** JKK risk class I-V (1-5). */
    @Column(name = "risk_class", nullable = false)
    private int riskClass;

    /** Labour-intensive industries get 50% off JKK from 2025 (PP 7/2025). */
    @Column(name = "labour_intensive", nullable = false)
    private boolean labourIntensive;

    @Column(name = "branch_code", nullable = false, length = 16)
    private String branchCode;

    protected Employer() {
    }

    public Employer(String npp, String division, String name, int riskClass, boolean labourIntensive, String branchCode) {
        this.npp = npp;
        this.division = division;
        this.name = name;
        this.riskClass = riskClass;
        this.labourIntensive = labourIntensive;
        this.branchCode = branchCode;
    }

    public Long getId() { return id; }
    public String getNpp() { return npp; }
    public String getDivision() { return division; }
    public String getName() { return name; }
    public int getRiskClass() { return riskClass; }
    public boolean isLabourIntensive() { return labourIntensive; }
    public String getBranchCode() { return branchCode; }

    /** As written on paper: {@code 12345678/000}. */
    public String getDisplayNpp() {
        return npp + "/" + division;
    }
}
