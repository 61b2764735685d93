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
#   <name>-coxfit.csv  log partial likelihoods, likelihood-ratio test, concordance and its
#                      standard error
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
                                   iter = m$iter, n = m$n, events = m$nevent,
                                   concordance.se = unname(m$concordance["std"])))
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

# ---------------------------------------------------------------------------------------------
# Models beyond right-censored, unweighted, unstratified data, on further datasets of R's
# survival package. Each case <name> writes:
#   model-<name>-data.csv  the rows: start (counting-process data only), time, status, then
#                          weight, stratum, cluster, group when the case uses them, then covariates
#   model-<name>-cox.csv   per ties: coef, se, robust se, exp(coef), z, p, lower/upper .95
#   model-<name>-fit.csv   per ties: n, events, iterations, log likelihoods, likelihood-ratio,
#                          Wald, score and robust score tests, concordance
#   model-<name>-var.csv   per ties: the variance matrix (vcov) and the naive one, entry by entry
#   model-<name>-logrank.csv  survdiff(... ~ group + strata(stratum)) when the case has a group
model_case <- function(name, d, covariates, start = FALSE, weight = FALSE, stratum = FALSE,
                       cluster = FALSE, group = FALSE) {
  keep <- c(if (start) "start", "time", "status", if (weight) "weight", if (stratum) "stratum",
            if (cluster) "cluster", if (group) "group", covariates)
  d <- d[complete.cases(d[, keep]), keep]
  for (col in intersect(c("stratum", "cluster", "group"), keep)) d[[col]] <- as.character(d[[col]])
  write_rows(d, paste0("model-", name, "-data.csv"))
  lhs <- if (start) "Surv(start, time, status)" else "Surv(time, status)"
  rhs <- paste(c(covariates, if (stratum) "strata(stratum)", if (cluster) "cluster(cluster)"),
               collapse = " + ")
  f <- as.formula(paste(lhs, "~", rhs))
  coefs <- NULL; fits <- NULL; vars <- NULL
  for (ties in c("efron", "breslow")) {
    m <- if (weight) coxph(f, data = d, ties = ties, weights = weight, robust = cluster)
         else coxph(f, data = d, ties = ties)
    s <- summary(m)
    cf <- s$coefficients
    robust <- if ("robust se" %in% colnames(cf)) cf[, "robust se"] else NA
    coefs <- rbind(coefs, data.frame(ties = ties, term = rownames(cf), coef = cf[, "coef"],
                                     se = cf[, "se(coef)"], robust.se = robust,
                                     hr = cf[, "exp(coef)"], z = cf[, "z"], p = cf[, "Pr(>|z|)"],
                                     lower = s$conf.int[, "lower .95"],
                                     upper = s$conf.int[, "upper .95"]))
    lrt <- 2 * (m$loglik[2] - m$loglik[1])
    p <- length(covariates)
    rs <- if (is.null(m$rscore)) NA else m$rscore
    fits <- rbind(fits, data.frame(ties = ties, n = m$n, events = m$nevent, iter = m$iter,
                                   loglik0 = m$loglik[1], loglik = m$loglik[2], lr = lrt, df = p,
                                   lrp = pchisq(lrt, p, lower.tail = FALSE),
                                   wald = unname(m$wald.test),
                                   waldp = pchisq(unname(m$wald.test), p, lower.tail = FALSE),
                                   score = unname(m$score),
                                   scorep = pchisq(unname(m$score), p, lower.tail = FALSE),
                                   rscore = rs, rscorep = pchisq(rs, p, lower.tail = FALSE),
                                   concordance = unname(m$concordance["concordance"]),
                                   concordance.se = unname(m$concordance["std"])))
    naive <- if (is.null(m$naive.var)) matrix(NA, p, p) else m$naive.var
    for (i in seq_len(p)) for (j in seq_len(p)) {
      vars <- rbind(vars, data.frame(ties = ties, row = i, col = j, var = m$var[i, j],
                                     naive = naive[i, j]))
    }
  }
  write_rows(coefs, paste0("model-", name, "-cox.csv"))
  write_rows(fits, paste0("model-", name, "-fit.csv"))
  write_rows(vars, paste0("model-", name, "-var.csv"))
  if (group && !start) {
    lf <- as.formula(paste("Surv(time, status) ~ group", if (stratum) "+ strata(stratum)" else ""))
    lr <- survdiff(lf, data = d)
    o <- if (is.matrix(lr$obs)) rowSums(lr$obs) else lr$obs
    e <- if (is.matrix(lr$exp)) rowSums(lr$exp) else lr$exp
    dfr <- sum(e > 0) - 1
    write_rows(data.frame(group = sub("^group=", "", names(lr$n)), observed = o, expected = e,
                          chisq = lr$chisq, df = dfr,
                          p = pchisq(lr$chisq, dfr, lower.tail = FALSE)),
               paste0("model-", name, "-logrank.csv"))
  }
}

# flchain: the models whose fits need step halving (8 iterations), 7,874 complete rows.
fl <- with(flchain, data.frame(time = futime, status = death, male = as.numeric(sex == "M"),
                               age = age, kappa = kappa, lambda = lambda, sample.yr = sample.yr,
                               mgus = mgus, creatinine = creatinine, flc.grp = flc.grp,
                               stratum = chapter))
model_case("flchain", fl, c("age", "male", "kappa", "lambda"))
model_case("flchain-mgus", fl, c("age", "male", "sample.yr", "kappa", "lambda", "mgus"))
model_case("flchain-creatinine", fl, c("age", "male", "creatinine", "flc.grp"))

# gbsg: right-censored, eight covariates; the log-rank test by hormonal therapy within grades.
gb <- with(gbsg, data.frame(time = rfstime, status = status, age = age, meno = meno, size = size,
                            grade = grade, nodes = nodes, pgr = pgr, er = er, hormon = hormon,
                            group = paste0("hormon", hormon), stratum = paste0("grade", grade)))
model_case("gbsg", gb, c("age", "meno", "size", "nodes", "pgr", "er", "hormon"), stratum = TRUE,
           group = TRUE)

# rotterdam: 2,982 rows, strata by grade, the log-rank test by chemotherapy within grades.
ro <- with(rotterdam, data.frame(time = rtime, status = recur, age = age, meno = meno,
                                 nodes = nodes, pgr = pgr, er = er, hormon = hormon,
                                 chemo = chemo, stratum = paste0("grade", grade),
                                 group = paste0("chemo", chemo)))
model_case("rotterdam", ro, c("age", "meno", "nodes", "pgr", "er", "hormon"), stratum = TRUE,
           group = TRUE)

# cgd: counting-process data (recurrent infections), clustered by patient, strata by hospital
# category.
cg <- with(cgd, data.frame(start = tstart, time = tstop, status = status,
                           treat = as.numeric(treat == "rIFN-g"), female = as.numeric(sex == "female"),
                           age = age, steroids = steroids, propylac = propylac,
                           stratum = as.character(hos.cat), cluster = id))
model_case("cgd", cg, c("treat", "female", "age", "steroids", "propylac"), start = TRUE,
           stratum = TRUE, cluster = TRUE)

# jasa1 (the Stanford heart transplant data): a time-varying covariate (transplant).
ja <- with(heart, data.frame(start = start, time = stop, status = event, age = age, year = year,
                             surgery = surgery, transplant = as.numeric(transplant == 1),
                             cluster = id))
model_case("heart", ja, c("age", "year", "surgery", "transplant"), start = TRUE, cluster = TRUE)

# kidney: two infection times per patient, clustered.
ki <- with(kidney, data.frame(time = time, status = status, age = age, female = as.numeric(sex == 2),
                              cluster = id))
model_case("kidney", ki, c("age", "female"), cluster = TRUE)

# rats: litters of three, clustered; the log-rank test by treatment.
ra <- with(rats, data.frame(time = time, status = status, rx = rx, female = as.numeric(sex == "f"),
                            cluster = litter, group = paste0("rx", rx)))
model_case("rats", ra, c("rx", "female"), cluster = TRUE, group = TRUE)

# mgus2: case weights (non-integer, naive variance), strata by sex.
set.seed(20)
mg <- with(mgus2, data.frame(time = futime, status = death, age = age, hgb = hgb, creat = creat,
                             mspike = mspike, stratum = sex))
mg$weight <- round(runif(nrow(mg), 0.5, 2), 3)
model_case("mgus2", mg, c("age", "hgb", "creat", "mspike"), weight = TRUE, stratum = TRUE)

# nwtco: 4,028 rows, weights and clusters together (institution), strata by stage.
nw <- with(nwtco, data.frame(time = edrel, status = rel, histol = histol, age = age,
                             study4 = as.numeric(study == 4), stratum = paste0("stage", stage),
                             cluster = instit))
nw$weight <- ifelse(nw$histol == 2, 1, 2)
model_case("nwtco", nw, c("histol", "age", "study4"), weight = TRUE, stratum = TRUE,
           cluster = TRUE)

# pbc with copper in kilograms a day (the data give micrograms): a finite coefficient in the
# millions. The check for a coefficient running off to infinity compares the last Newton step
# with toler.inf times the coefficient; this model passes it, as it must.
pc <- pbc[!is.na(pbc$trt) & !is.na(pbc$copper), ]
pc2 <- with(pc, data.frame(time = time, status = as.numeric(status == 2), age = age,
                           log.bili = log(bili), copper.kg = copper / 1e9))
model_case("pbc-copper", pc2, c("age", "log.bili", "copper.kg"))

# Step halving after a log partial likelihood that is not finite. Two small sets of rows whose one
# covariate has a heavy tail (drawn once from a cubed Cauchy distribution, rounded, and fixed
# here): a Newton step after the first makes exp(x'beta) leave the range of doubles, so coxfit6
# steps back towards the last good beta, (newbeta + h beta) / (h + 1), twice in a row in the
# first case (iterations 8 and 9 of 14), once in the second (iteration 3 of 8).
ht <- data.frame(time = c(3, 9, 8, 1, 7, 10, 5, 6, 2, 4), status = c(1, 1, 0, 1, 0, 1, 0, 1, 0, 1),
                 x = c(-19.82, 0, -1.82, 140.19, 0.38, -0.54, 9.08, -0.08, -70337.64, 0.91))
model_case("heavytail", ht, c("x"))
ht2 <- data.frame(time = c(8, 10, 4, 7, 5, 1, 3, 9, 2, 6, 11),
                  status = c(1, 0, 0, 0, 1, 1, 1, 1, 0, 1, 1),
                  x = c(-1.19, 0.08, -0.03, 3.09, -10.4, 10414.44, 61.13, -0.46, -2.24, -1.69, -0.48))
model_case("heavytail2", ht2, c("x"))

# Everyone's event on one day: two events at one time are never compared, so no pair is, and
# coxph's concordance is NaN (written NA); the fit stays at beta = 0.
sd <- data.frame(time = rep(5, 6), status = rep(1, 6), x = c(1, 2, 3, 1, 2, 5))
model_case("sameday", sd, c("x"))

# Sizes where a 32-bit product of counts would overflow: 600,000 rows of whole-day times, about
# 20,000 rows a day, so (events at a time) x (a group's number at risk) passes 2^31 - 1. The rows
# are a formula of the row number i (0-based), which LargeSizesTest repeats in Java.
i <- as.numeric(0:599999)
big <- data.frame(time = 1 + (i * 7919) %% 30 + ifelse(i %% 3 == 0 & i %% 5 == 0, 3, 0),
                  status = as.numeric((i * 31) %% 10 < 6),
                  group = ifelse(i %% 3 == 0, "a", ifelse(i %% 3 == 1, "b", "c")))
lr <- survdiff(Surv(time, status) ~ group, data = big)
write_rows(data.frame(group = sub("^group=", "", names(lr$n)), observed = lr$obs,
                      expected = lr$exp, chisq = lr$chisq, df = 2,
                      p = pchisq(lr$chisq, 2, lower.tail = FALSE)),
           "logrank-600000.csv")
i <- as.numeric(0:99999)
tied <- data.frame(time = ifelse(i < 50000, 1, 2), status = as.numeric(i < 50000),
                   group = ifelse(i %% 2 == 0, "a", "b"))
lr <- survdiff(Surv(time, status) ~ group, data = tied)
write_rows(data.frame(group = sub("^group=", "", names(lr$n)), observed = lr$obs,
                      expected = lr$exp, chisq = lr$chisq, df = 1,
                      p = pchisq(lr$chisq, 1, lower.tail = FALSE)),
           "logrank-100000-tied.csv")

# What R derives from a Kaplan-Meier curve, per group and overall. Each case <name> writes, from
# the rows of model-<name>-data.csv (or <name>-data.csv for the first six datasets):
#   curve-<name>-steps.csv     summary(fit, censored = TRUE): every distinct time, with n.censor
#   curve-<name>-times.csv     summary(fit, times = ..., extend = TRUE)
#   curve-<name>-quantiles.csv quantile(fit, probs = c(0.1, 0.25, 0.5, 0.75, 0.9))
#   curve-<name>-rmean.csv     summary(fit, rmean = tau)$table: rmean and se(rmean)
curve_case <- function(name, file, times, tau) {
  d <- read.csv(file.path(out, file), colClasses = c(group = "character"))
  lhs <- if ("start" %in% names(d)) "Surv(start, time, status)" else "Surv(time, status)"
  fits <- list(survfit(as.formula(paste(lhs, "~ group")), data = d),
               survfit(as.formula(paste(lhs, "~ 1")), data = d))
  label <- function(fit, s) if (is.null(fit$strata)) rep("(all)", length(s$time)) else sub("^group=", "", as.character(s$strata))
  steps <- NULL; at <- NULL; qs <- NULL; rm <- NULL
  for (fit in fits) {
    s <- summary(fit, censored = TRUE)
    steps <- rbind(steps, data.frame(stratum = label(fit, s), time = s$time, n.risk = s$n.risk,
                                     n.event = s$n.event, n.censor = s$n.censor, surv = s$surv,
                                     std.err = s$std.err, lower = s$lower, upper = s$upper))
    s <- summary(fit, times = times, extend = TRUE)
    at <- rbind(at, data.frame(stratum = label(fit, s), time = s$time, n.risk = s$n.risk,
                               n.event = s$n.event, n.censor = s$n.censor, surv = s$surv,
                               std.err = s$std.err, lower = s$lower, upper = s$upper))
    probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
    q <- quantile(fit, probs = probs)
    strata <- if (is.null(fit$strata)) "(all)" else sub("^group=", "", names(fit$strata))
    for (k in seq_along(strata)) {
      row <- function(m) if (is.matrix(m)) m[k, ] else m
      qs <- rbind(qs, data.frame(stratum = strata[k], p = probs, quantile = row(q$quantile),
                                 lower = row(q$lower), upper = row(q$upper)))
    }
    t <- summary(fit, rmean = tau)$table
    if (is.null(dim(t))) t <- matrix(t, nrow = 1, dimnames = list("(all)", names(t)))
    rm <- rbind(rm, data.frame(stratum = sub("^group=", "", rownames(t)), tau = tau,
                               rmean = t[, "rmean"], se = t[, "se(rmean)"]))
  }
  write_rows(steps, paste0("curve-", name, "-steps.csv"))
  write_rows(at, paste0("curve-", name, "-times.csv"))
  write_rows(qs, paste0("curve-", name, "-quantiles.csv"))
  write_rows(rm, paste0("curve-", name, "-rmean.csv"))
}
curve_case("aml", "aml-data.csv", c(10, 30, 50, 200), 100)
curve_case("lung", "lung-data.csv", c(0, 100, 365, 730, 1000), 730)
curve_case("colon", "colon-data.csv", c(365, 1000, 2000, 3000), 1825)
curve_case("gbsg", "model-gbsg-data.csv", c(365, 1000, 2000), 1825)
curve_case("rats", "model-rats-data.csv", c(50, 80, 100), 100)

# Delayed entry: the heart data's (start, stop] rows by transplant status.
he <- read.csv(file.path(out, "model-heart-data.csv"))
he$group <- paste0("transplant", he$transplant)
write_rows(he, "model-heartgroups-data.csv")
curve_case("heart", "model-heartgroups-data.csv", c(10, 100, 500, 1000), 1000)
