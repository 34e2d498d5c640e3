# One whole R QCA run, as a user runs it: the benchmark problem's parsimonious solution
# (the complex one for complex_* problems), as timed in shared/data/qca/timings.md.
#   Rscript qca_minimize.R DATA.csv
# Our code calling the peer (Glassbox's bench), not the peer's code: QCA comes from
# R_LIBS (glassbox-bench/peers/install.sh).
suppressPackageStartupMessages(library(QCA))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
if (names(d)[1] == "case") { rownames(d) <- d$case; d$case <- NULL }  # as glassbox qca reads the case column
tt <- truthTable(d, outcome = "Y", incl.cut = 0.8)
s <- if (startsWith(basename(args[1]), "complex")) minimize(tt) else minimize(tt, include = "?")
cat(sprintf("R QCA %s: %d prime implicants, %d models, first %s\n", packageVersion("QCA"),
            nrow(s$PIchart), length(s$solution), paste(s$solution[[1]], collapse = " + ")))
