# Writes the reference figures of the weighted Kaplan-Meier tests (WeightedCurveReferenceTest).
#
# Run from the repository root (R with the survival package; the tests do not need R):
#   Rscript survival/src/test/r/make-weighted.R
#
# For each case <name> it writes, into survival/src/test/resources/survival/:
#   weighted-<name>-data.csv       the rows: start (delayed entry only), time, status, weight, group
#   weighted-<name>-steps.csv      summary(survfit(Surv(...) ~ group, weights = weight),
#                                  censored = TRUE), per group and for all rows ("(all)"): every
#                                  distinct time with the weighted n.risk, n.event, n.censor, and
#                                  surv, std.err, lower, upper (conf.type "log")
#   weighted-<name>-times.csv      summary(fit, times = ..., extend = TRUE)
#   weighted-<name>-quantiles.csv  quantile(fit, probs = c(0.1, 0.25, 0.5, 0.75, 0.9))
#   weighted-<name>-table.csv      summary(fit, rmean = tau)$table: records, n.max, n.start,
#                                  events, rmean, se(rmean), median, 0.95LCL, 0.95UCL
# Whole-number weights give Greenwood's variance with weighted counts; weights with a fraction
# make survfit switch to the infinitesimal jackknife (robust = TRUE, each row its own cluster),
# so both are covered. Numbers are written with 17 significant digits; NA stays NA.
suppressPackageStartupMessages(library(survival))

out <- "survival/src/test/resources/survival"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_rows <- function(df, file) {
  for (j in seq_along(df)) {
    if (is.numeric(df[[j]])) df[[j]] <- num(df[[j]])
  }
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE)
}

weighted_case <- function(name, d, times, tau) {
  keep <- c(if ("start" %in% names(d)) "start", "time", "status", "weight", "group")
  d <- d[complete.cases(d[, keep]), keep]
  d$group <- as.character(d$group)
  write_rows(d, paste0("weighted-", name, "-data.csv"))
  lhs <- if ("start" %in% names(d)) "Surv(start, time, status)" else "Surv(time, status)"
  fits <- list(survfit(as.formula(paste(lhs, "~ group")), data = d, weights = weight),
               survfit(as.formula(paste(lhs, "~ 1")), data = d, weights = weight))
  label <- function(fit, s) if (is.null(fit$strata)) rep("(all)", length(s$time)) else sub("^group=", "", as.character(s$strata))
  steps <- NULL; at <- NULL; qs <- NULL; tb <- NULL
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
    tb <- rbind(tb, data.frame(stratum = sub("^group=", "", rownames(t)), records = t[, "records"],
                               n.max = t[, "n.max"], n.start = t[, "n.start"],
                               events = t[, "events"], tau = tau, rmean = t[, "rmean"],
                               se = t[, "se(rmean)"], median = t[, "median"],
                               lcl = t[, "0.95LCL"], ucl = t[, "0.95UCL"]))
  }
  write_rows(steps, paste0("weighted-", name, "-steps.csv"))
  write_rows(at, paste0("weighted-", name, "-times.csv"))
  write_rows(qs, paste0("weighted-", name, "-quantiles.csv"))
  write_rows(tb, paste0("weighted-", name, "-table.csv"))
}

# lung: whole-number weights (Greenwood with weighted counts), by sex.
set.seed(2020)
lu <- with(lung, data.frame(time = time, status = status - 1, group = ifelse(sex == 1, "male", "female")))
lu$weight <- sample(1:4, nrow(lu), replace = TRUE)
weighted_case("lung", lu, c(0, 100, 365, 730, 1000), 730)

# mgus2: weights with a fraction (the infinitesimal jackknife), death by sex, 1,384 rows.
set.seed(2021)
mg <- with(mgus2, data.frame(time = futime, status = death, group = sex))
mg$weight <- round(runif(nrow(mg), 0.25, 3), 3)
weighted_case("mgus2", mg, c(12, 60, 120, 240, 400), 240)

# cgd: (start, stop] rows (delayed entry) with weights with a fraction, by treatment.
set.seed(2022)
cg <- with(cgd, data.frame(start = tstart, time = tstop, status = status, group = treat))
cg$weight <- round(runif(nrow(cg), 0.5, 2), 2)
weighted_case("cgd", cg, c(50, 100, 200, 300), 300)

# heart (jasa1): (start, stop] rows with whole-number weights, by transplant status.
set.seed(2023)
he <- with(heart, data.frame(start = start, time = stop, status = event,
                             group = paste0("transplant", transplant)))
he$weight <- sample(1:3, nrow(he), replace = TRUE)
weighted_case("heart", he, c(10, 100, 500, 1000), 1000)
