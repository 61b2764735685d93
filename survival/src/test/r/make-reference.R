# Writes the reference figures the survival tests compare against.
#
# Run from the repository root (R with the survival package; the tests themselves do not need R):
#   Rscript survival/src/test/r/make-reference.R
#
# For each dataset it writes, into survival/src/test/resources/survival/:
#   <name>-data.csv    the input rows: time, status (1 event, 0 censored), group, covariates
#   <name>-km.csv      survfit(Surv(time, status) ~ group, conf.type = "log"), every event time,
#                      and the same for all rows together (stratum "(all)")
#   <name>-median.csv  median survival and its 95% limits as print(survfit) reports them
#   <name>-logrank.csv survdiff(Surv(time, status) ~ group): chisq, df, p
#   <name>-cox.csv     coxph(Surv(time, status) ~ covariates, ties = efron | breslow) coefficients
#   <name>-coxfit.csv  log partial likelihoods, likelihood-ratio test and concordance
#   distributions.csv  pchisq(x, df, lower.tail = FALSE) and 2 * pnorm(-|z|), far tails included
# Numbers are written with 17 significant digits; NA stays NA.
suppressPackageStartupMessages(library(survival))

out <- "survival/src/test/resources/survival"
dir.create(out, recursive = TRUE, showWarnings = FALSE)

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))

write_rows <- function(df, file) {
  for (j in seq_along(df)) {
    if (is.numeric(df[[j]])) df[[j]] <- num(df[[j]])
  }
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE)
}

km_rows <- function(fit, label) {
  s <- summary(fit)
  stratum <- if (is.null(s$strata)) rep(label, length(s$time)) else sub("^group=", "", as.character(s$strata))
  data.frame(stratum = stratum, time = s$time, n.risk = s$n.risk, n.event = s$n.event,
             surv = s$surv, std.err = s$std.err, lower = s$lower, upper = s$upper)
}

median_rows <- function(fit, label) {
  t <- summary(fit)$table
  if (is.null(dim(t))) t <- matrix(t, nrow = 1, dimnames = list(label, names(t)))
  data.frame(stratum = sub("^group=", "", rownames(t)), n = t[, "records"], events = t[, "events"],
             median = t[, "median"], lcl = t[, "0.95LCL"], ucl = t[, "0.95UCL"])
}

reference <- function(name, d, covariates) {
  d <- d[complete.cases(d[, c("time", "status", "group", covariates)]), c("time", "status", "group", covariates)]
  d$group <- as.character(d$group)
  write_rows(d, paste0(name, "-data.csv"))

  byGroup <- survfit(Surv(time, status) ~ group, data = d, conf.type = "log")
  overall <- survfit(Surv(time, status) ~ 1, data = d, conf.type = "log")
  write_rows(rbind(km_rows(byGroup, NA), km_rows(overall, "(all)")), paste0(name, "-km.csv"))
  write_rows(rbind(median_rows(byGroup, NA), median_rows(overall, "(all)")), paste0(name, "-median.csv"))

  lr <- survdiff(Surv(time, status) ~ group, data = d)
  df <- sum(lr$exp > 0) - 1
  write_rows(data.frame(chisq = lr$chisq, df = df, p = pchisq(lr$chisq, df, lower.tail = FALSE)),
             paste0(name, "-logrank.csv"))

  f <- as.formula(paste("Surv(time, status) ~", paste(covariates, collapse = " + ")))
  coefs <- NULL
  fits <- NULL
  for (ties in c("efron", "breslow")) {
    m <- coxph(f, data = d, ties = ties)
    s <- summary(m)$coefficients
    coefs <- rbind(coefs, data.frame(ties = ties, term = rownames(s), coef = s[, "coef"],
                                     se = s[, "se(coef)"], hr = s[, "exp(coef)"], z = s[, "z"],
                                     p = s[, "Pr(>|z|)"]))
    lrt <- 2 * (m$loglik[2] - m$loglik[1])
    fits <- rbind(fits, data.frame(ties = ties, loglik0 = m$loglik[1], loglik = m$loglik[2],
                                   lr = lrt, df = length(covariates),
                                   lrp = pchisq(lrt, length(covariates), lower.tail = FALSE),
                                   concordance = unname(m$concordance["concordance"]),
                                   iter = m$iter, n = m$n, events = m$nevent))
  }
  write_rows(coefs, paste0(name, "-cox.csv"))
  write_rows(fits, paste0(name, "-coxfit.csv"))
}

# aml: two groups, small, tied times, censoring before the last time.
aml2 <- with(aml, data.frame(time = time, status = status, group = x,
                             maintained = as.numeric(x == "Maintained")))
reference("aml", aml2, c("maintained"))

# lung: many ties, four ECOG strata (one tiny), covariates on different scales, NA rows dropped.
lung2 <- with(lung, data.frame(time = time, status = status - 1, group = paste0("ecog", ph.ecog),
                               age = age, female = as.numeric(sex == 2), ph.karno = ph.karno,
                               wt.loss = wt.loss))
reference("lung", lung2, c("age", "female", "ph.karno", "wt.loss"))

# veteran: four cell types, five covariates.
vet2 <- with(veteran, data.frame(time = time, status = status, group = as.character(celltype),
                                 trt = trt, karno = karno, diagtime = diagtime, age = age,
                                 prior = prior))
reference("veteran", vet2, c("trt", "karno", "diagtime", "age", "prior"))

# ovarian: small, no ties, much censoring.
ov2 <- with(ovarian, data.frame(time = futime, status = fustat, group = paste0("rx", rx),
                                age = age, resid.ds = resid.ds, ecog.ps = ecog.ps))
reference("ovarian", ov2, c("age", "resid.ds", "ecog.ps"))

# pbc (the 312 randomised patients): death as the event, three edema strata, log-scale labs.
p <- pbc[!is.na(pbc$trt), ]
pbc2 <- with(p, data.frame(time = time, status = as.numeric(status == 2),
                           group = paste0("edema", edema), age = age, edema = edema,
                           log.bili = log(bili), log.albumin = log(albumin),
                           log.protime = log(protime)))
reference("pbc", pbc2, c("age", "edema", "log.bili", "log.albumin", "log.protime"))

# colon (death records): three treatment arms, about 900 rows with heavy ties.
cd <- colon[colon$etype == 2, ]
colon2 <- with(cd, data.frame(time = time, status = status, group = as.character(rx),
                              lev = as.numeric(rx == "Lev"), lev5fu = as.numeric(rx == "Lev+5FU"),
                              age = age, female = as.numeric(sex == 0), obstruct = obstruct,
                              nodes = nodes, extent = extent))
reference("colon", colon2, c("lev", "lev5fu", "age", "female", "obstruct", "nodes", "extent"))

# The upper tails behind every p-value, down to the smallest doubles.
tails <- NULL
for (df in c(1, 2, 3, 4, 5, 7, 10, 20)) {
  for (x in c(1e-12, 1e-6, 0.001, 0.1, 0.5, 1, 2, 3.84, 5, 10, 20, 50, 100, 200, 500, 1000, 1400)) {
    p <- pchisq(x, df, lower.tail = FALSE)
    if (p > 0) tails <- rbind(tails, data.frame(kind = "chisq", df = df, x = x, p = p))
  }
}
for (z in c(0, 1e-8, 0.01, 0.5, 1, 1.96, 3, 5, 8, 10, 15, 20, 25, 30, 35, 37.5)) {
  tails <- rbind(tails, data.frame(kind = "normal", df = 0, x = z, p = 2 * pnorm(-abs(z))))
}
write_rows(tails, "distributions.csv")
