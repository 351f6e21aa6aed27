-- Provincial minimum wages (UMP, upah minimum provinsi), rupiah a month, for the provinces of the
-- branch offices and a few more. From the research file ump.csv (news and decree reports; see
-- the source of each row). Decimal amounts are rounded UP to whole rupiah: a wage must reach the
-- minimum. A year without a UMP has no row: Jawa Barat 2015 and Jawa Timur 2015-2016 set only
-- city/regency minimum wages (UMK). assumed = TRUE where the figure was derived or inferred, not
-- seen in a decree or report. The demo data generator pays its members multiples of these.
CREATE TABLE provincial_minimum_wage (
    province_code CHAR(2)       NOT NULL,
    year          INT           NOT NULL,
    amount        BIGINT        NOT NULL,
    source        VARCHAR(1000) NOT NULL,
    assumed       BOOLEAN       NOT NULL,
    CONSTRAINT pk_provincial_minimum_wage PRIMARY KEY (province_code, year),
    CONSTRAINT ck_provincial_minimum_wage_amount CHECK (amount > 0)
);

INSERT INTO provincial_minimum_wage (province_code, year, amount, assumed, source) VALUES
 ('31', 2015,  2700000, FALSE, 'DKI UMP 2015; value cited in Kompas Megapolitan 1 Nov 2018 UMP history list and ptgasi 2016 UMP table'),
 ('31', 2016,  3100000, FALSE, 'DKI UMP 2016; Kompas Megapolitan 1 Nov 2018 history list; ptgasi 2016'),
 ('31', 2017,  3355750, FALSE, 'DKI UMP 2017; Kompas Megapolitan 1 Nov 2018 history list'),
 ('31', 2018,  3648035, FALSE, 'DKI UMP 2018; beritajakarta.id'),
 ('31', 2019,  3940973, FALSE, 'DKI UMP 2019; Kompas'),
 ('31', 2020,  4276349, FALSE, 'DKI UMP 2020; detik/riausky UMP 2020 list; cross-check 4,276,349 x 1.0327 = 4,416,186 (UMP 2021). Note: CNN Indonesia/apahabar show 4,267,349 (typo)'),
 ('31', 2021,  4416186, FALSE, 'DKI UMP 2021; Kemnaker list of UMP 2021 (UMP 2021 = UMP 2020 for most provinces per SE Menaker M/11/HK.04/X/2020), reported by Kompas 9 Jan 2021'),
 ('31', 2022,  4573845, FALSE, 'COURT-ADJUSTED: Kepgub 1517/2021 raised it to 4,641,854 but PTUN Jakarta 11/G/2022/PTUN.JKT (upheld by PTTUN 231/B/2022) ordered the original (pre-revision) value 4,573,845 (https://news.detik.com/berita/d-6409627). Many lists still show 4,641,854'),
 ('31', 2023,  4901798, FALSE, 'DKI UMP 2023; Tempo'),
 ('31', 2024,  5067381, FALSE, 'DKI UMP 2024; okezone / tribunnews'),
 ('31', 2025,  5396761, FALSE, 'DKI UMP 2025; voi.id (some lists give 5,396,760)'),
 ('31', 2026,  5729876, FALSE, 'DKI UMP 2026; okezone 24 Dec 2025 UMP 2026 list'),
 ('32', 2016,  1312355, TRUE , 'DERIVED/ASSUMED: Jabar set a UMP again for 2016 after ~5 years without one (ptgasi 2016 UMP list); value = UMP 2017 / 1.0825 (PP 78/2015 formula, 2017 increase 8.25%) - exact decree figure not seen. Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2017,  1420625, FALSE, 'Kepgub Jabar 561/Kep.1070-Bangsos/2016 (sindonews). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2018,  1544360, FALSE, 'Jabar UMP 2018 (kontan; reported as Rp1,544,360 - any decimal part not captured). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2019,  1668373, FALSE, 'UMP 2019 national table (pdfcoffee copy of Kemnaker UMP 2019 list). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2020,  1810351, FALSE, 'Jabar UMP 2020 (tribunjabar; textbook UMP table flipbuilder). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2021,  1810351, FALSE, 'Kemnaker list of UMP 2021 (UMP 2021 = UMP 2020 for most provinces per SE Menaker M/11/HK.04/X/2020), reported by Kompas 9 Jan 2021 (unchanged from 2020). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2022,  1841488, FALSE, 'Jabar UMP 2022 (kompas.tv). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2023,  1986671, FALSE, 'Jabar UMP 2023 (tribunnews). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2024,  2057496, FALSE, 'Kepgub Jabar 561/Kep.768-Kesra/2023 (kaltimtoday). Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2025,  2191239, FALSE, 'Kadisnaker Jabar statement (tribun cirebon); some outlets report 2,191,232 - minor discrepancy unresolved. Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('32', 2026,  2317601, FALSE, 'Kepgub Jabar 561.7/Kep.862-Kesra/2025, +5.77% (ftnews; mimbarjumat). Lowest UMP of all provinces in 2026. NOTE: Jabar UMP is far below its city/regency UMK (e.g. Kota Bekasi UMK 2026 Rp5,992,931.93; Karawang UMK 2024 Rp5,360,710) - workers in Jabar are normally paid by UMK, not UMP. Demo data uses this UMP, although Jabar city and regency UMK are much higher'),
 ('35', 2017,  1388000, TRUE , 'First Jatim UMP; consistent with 2018 = 1,388,000 x 1.0871 = 1,508,894'),
 ('35', 2018,  1508894, FALSE, 'Jatim UMP 2018 (+8.71% per PP 78/2015 formula)'),
 ('35', 2019,  1630060, FALSE, 'Jatim UMP 2019 (UMP 2019 lists)'),
 ('35', 2020,  1768777, FALSE, 'Jatim UMP 2020 (UMP 2020 lists; any decimal part not captured)'),
 ('35', 2021,  1868777, FALSE, 'Jatim UMP 2021 (+Rp100,000; Jatim was one of few provinces to raise UMP for 2021)'),
 ('35', 2022,  1891568, FALSE, 'Jatim UMP 2022 (UMP 2022 lists)'),
 ('35', 2023,  2040245, FALSE, 'Jatim UMP 2023 (UMP 2023 lists)'),
 ('35', 2024,  2165245, FALSE, 'Jatim UMP 2024 (UMP 2024 lists)'),
 ('35', 2025,  2305985, FALSE, 'Jatim UMP 2025 (UMP 2025 lists)'),
 ('35', 2026,  2446881, FALSE, 'Kepgub Jatim 100.3.3.1/934/013/2025 (metrotvnews; jatim.jpnn.com). NOTE: as in Jabar, UMK in Jatim industrial areas (e.g. Surabaya) are much higher than the UMP (general knowledge, not sourced here)'),
 ('51', 2015,  1621172, FALSE, 'Bali UMP 2015 (https://bali.antaranews.com/berita/62172)'),
 ('51', 2016,  1807600, FALSE, 'Bali UMP 2016 (UMP history lists)'),
 ('51', 2017,  1956727, FALSE, 'Bali UMP 2017 (mastimon UMP 2017 list)'),
 ('51', 2018,  2127157, FALSE, 'Bali UMP 2018 (UMP 2018 lists)'),
 ('51', 2019,  2297967, FALSE, 'Bali UMP 2019 (UMP 2019 lists; values vary 2,297,967 to 2,297,968.70 - unresolved)'),
 ('51', 2020,  2494000, FALSE, 'Kepgub Bali 2193/03-G/HK/2019 (tribunnews)'),
 ('51', 2021,  2494000, FALSE, 'Kemnaker list of UMP 2021 (UMP 2021 = UMP 2020 for most provinces per SE Menaker M/11/HK.04/X/2020), reported by Kompas 9 Jan 2021 (unchanged from 2020)'),
 ('51', 2022,  2516971, FALSE, 'Bali UMP 2022 (UMP 2022 lists)'),
 ('51', 2023,  2713673, FALSE, 'Kepgub Bali 847/03-M/HK/2022'),
 ('51', 2024,  2813672, FALSE, 'Bali UMP 2024 (UMP 2024 lists)'),
 ('51', 2025,  2996560, FALSE, 'Bali UMP 2025 (UMP 2025 lists; some give 2,996,561)'),
 ('51', 2026,  3207459, FALSE, 'Kepgub Bali 1011/03-M/HK/2025 (CNBC Indonesia; bali.jpnn.com)'),
 ('73', 2015,  2000000, TRUE , 'DERIVED/ASSUMED: UMP 2016 2,250,000 was reported as a +Rp250,000 increase (robi.web.id / liputan6) -> 2015 = 2,000,000; decree not seen'),
 ('73', 2016,  2250000, FALSE, 'Sulsel UMP 2016 (liputan6; robi.web.id UMP lists)'),
 ('73', 2017,  2435625, TRUE , 'CONFLICT: Gubernur announced Rp2,500,000 for 2017 (suaralira / liputan6), but the 2018 decree base is 2,435,625 (= 2,250,000 x 1.0825, koranperdjoeangan) which implies the effective UMP 2017 was 2,435,625; recorded that value - verify'),
 ('73', 2018,  2647767, FALSE, 'Sulsel UMP 2018 (koranperdjoeangan; = 2,435,625 x 1.0871)'),
 ('73', 2019,  2860382, FALSE, 'Sulsel UMP 2019 (Kemnaker UMP 2019 list)'),
 ('73', 2020,  3103800, FALSE, 'Sulsel UMP 2020 (apahabar / CNN Indonesia UMP 2020 list)'),
 ('73', 2021,  3165876, FALSE, 'Sulsel UMP 2021 (+2%; Sulsel raised UMP for 2021) - Kemnaker list of UMP 2021 (UMP 2021 = UMP 2020 for most provinces per SE Menaker M/11/HK.04/X/2020), reported by Kompas 9 Jan 2021'),
 ('73', 2022,  3165876, FALSE, 'Sulsel UMP 2022 unchanged from 2021 (UMP 2022 lists)'),
 ('73', 2023,  3385145, FALSE, 'SK Gubernur Sulsel no. 2416 of 2022, reported as 2416/SI/2022 (palopopos)'),
 ('73', 2024,  3434298, FALSE, 'SK Gubernur Sulsel 1671/XI/2023 (tribun timur)'),
 ('73', 2025,  3657527, FALSE, 'Sulsel UMP 2025 (metrokendari UMP 2025 list)'),
 ('73', 2026,  3921088, FALSE, 'Sulsel UMP 2026 (okezone / detik UMP 2026 list)'),
 ('94', 2015,  2193000, FALSE, 'SK Gubernur Papua 188.4/383 (liputan6 via UMP 2015 blog list)'),
 ('94', 2016,  2435000, TRUE , 'DERIVED/ASSUMED: 2017 UMP 2,663,646 was a +9.39% increase (8.25% + 1.14% per Kompas) -> 2016 = 2,435,000 (matches commonly listed 2,435,000); decree not seen'),
 ('94', 2017,  2663646, FALSE, 'Papua UMP 2017 (https://regional.kompas.com/read/2017/11/02)'),
 ('94', 2018,  3000000, FALSE, 'CONFLICT: Kompas initially reported 2,895,650 (formula), but the Kemnaker UMP 2018 table shows 3,000,000 and UMP 2019 3,240,900 = 3,000,000 x 1.0803 (pdfcoffee UMP 2019 table); recorded 3,000,000 - verify'),
 ('94', 2019,  3240900, FALSE, 'Papua UMP 2019 (Kemnaker UMP 2019 table)'),
 ('94', 2020,  3516700, FALSE, 'Papua UMP 2020 (UMP 2020 lists)'),
 ('94', 2021,  3516700, FALSE, 'Kemnaker list of UMP 2021 (UMP 2021 = UMP 2020 for most provinces per SE Menaker M/11/HK.04/X/2020), reported by Kompas 9 Jan 2021 (unchanged from 2020)'),
 ('94', 2022,  3561932, FALSE, 'SK Gubernur Papua 188.4/376/2021'),
 ('94', 2023,  3864696, FALSE, 'Papua UMP 2023 (papuanesia; cenderawasihpos). NOTE: after the 2022 split (Papua Selatan, Papua Tengah, Papua Pegunungan created) this row is the remaining Papua province; code 94 kept as given in the brief - post-split code numbering not verified'),
 ('94', 2024,  4024270, FALSE, 'Papua UMP 2024 (cermati; tribunnews)'),
 ('94', 2025,  4285848, FALSE, 'Papua UMP 2025 (UMP 2025 lists; some give 4,285,850)'),
 ('94', 2026,  4436283, FALSE, 'Papua UMP 2026 (okezone 26 Dec 2025 UMP 2026 list)');

-- Which contribution rules the demo data in this database was generated with: one row, written by
-- the demo loader. At start-up an embedded database with members but without a row of the current
-- DemoDataGenerator.RULES_VERSION is refused, because its amounts were computed with older
-- rules or reference tables. An external database is never checked.
CREATE TABLE demo_dataset (
    id             INT         NOT NULL PRIMARY KEY,
    rules_version  INT         NOT NULL,
    generated_at   DATETIME(6) NOT NULL,
    members        INT         NOT NULL
);
