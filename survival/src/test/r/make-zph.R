# Writes the reference figures of the proportional-hazards test (ProportionalHazardsReferenceTest):
# cox.zph(fit) of survival 3.x (default transform "km", the computation of survival >= 3.0), for
# the Cox models of make-reference.R's model_case, read back from their model-<name>-data.csv.
#
# Run from the repository root, after make-reference.R:
#   Rscript survival/src/test/r/make-zph.R
#
# Writes model-<name>-zph.csv: per ties (efron, breslow) and term (GLOBAL last): chisq, df, p.
suppressPackageStartupMessages(library(survival))

out <- "survival/src/test/resources/survival"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
reserved <- c("start", "time", "status", "weight", "stratum", "cluster", "group")

zph_case <- function(name) {
  d <- read.csv(file.path(out, paste0("model-", name, "-data.csv")), stringsAsFactors = FALSE)
  covariates <- setdiff(names(d), reserved)
  lhs <- if ("start" %in% names(d)) "Surv(start, time, status)" else "Surv(time, status)"
  rhs <- paste(c(covariates, if ("stratum" %in% names(d)) "strata(stratum)",
                 if ("cluster" %in% names(d)) "cluster(cluster)"), collapse = " + ")
  f <- as.formula(paste(lhs, "~", rhs))
  rows <- NULL
  for (ties in c("efron", "breslow")) {
    m <- if ("weight" %in% names(d)) coxph(f, data = d, ties = ties, weights = weight)
         else coxph(f, data = d, ties = ties)
    z <- cox.zph(m)$table
    rows <- rbind(rows, data.frame(ties = ties, term = rownames(z), chisq = num(z[, "chisq"]),
                                   df = z[, "df"], p = num(z[, "p"])))
  }
  write.csv(rows, file.path(out, paste0("model-", name, "-zph.csv")), row.names = FALSE,
            quote = FALSE)
}

for (name in c("flchain", "flchain-mgus", "gbsg", "rotterdam", "cgd", "heart", "kidney", "rats",
               "mgus2")) {
  zph_case(name)
}

# lung (make-reference.R's lung-data.csv), the model `vigil survival --data` is checked on:
# time, status, then the covariates after the group column. Written as lung-zph.csv.
lung <- read.csv(file.path(out, "lung-data.csv"), stringsAsFactors = FALSE)
rows <- NULL
for (ties in c("efron", "breslow")) {
  z <- cox.zph(coxph(Surv(time, status) ~ age + female + ph.karno + wt.loss, data = lung,
                     ties = ties))$table
  rows <- rbind(rows, data.frame(ties = ties, term = rownames(z), chisq = num(z[, "chisq"]),
                                 df = z[, "df"], p = num(z[, "p"])))
}
write.csv(rows, file.path(out, "lung-zph.csv"), row.names = FALSE, quote = FALSE)
