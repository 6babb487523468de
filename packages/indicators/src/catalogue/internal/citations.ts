/** Citations more than one catalogue file gives, word for word. */

/** DHS current use of contraception (CPR, mCPR). */
export const DHS_CPR =
  'Guide to DHS Statistics, "Current Use of Contraceptive Methods" (dhsprogram.com/data/Guide-to-DHS-Statistics/Current_Use_of_Contraceptive_Methods.htm); github.com/DHSProgram/DHS-Indicators-Stata Chap07_FP/DHS8/FP_USE.do';

/** BKKBN's new acceptors (peserta KB baru, PB) by method. */
export const BKKBN_PB =
  'BKKBN R/I/KB register (slideplayer.info/amp/2296074) and SIGA Yan KB monthly tables (newsiga-siga.bkkbn.go.id): PB by method';
