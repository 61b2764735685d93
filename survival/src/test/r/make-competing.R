# Writes the reference figures of the competing-risks tests (CompetingReferenceTest).
#
# Run from the repository root (R with the survival and cmprsk packages; the tests do not need R):
#   Rscript survival/src/test/r/make-competing.R
#
# For each case <name> it writes, into survival/src/test/resources/survival/:
#   competing-<name>-data.csv   the rows: time, status (0 censored, 1.. the kind of event), group,
#                               and stratum when the case has strata
#   competing-<name>-curve.csv  per group and kind of event, at every time where an event of any
#                               kind happened in the group: n.risk, the kind's events, and
#                               survfit(Surv(time, factor(status, 0:K)) ~ 1)'s pstate, std.err,
#                               lower, upper (conf.type "log"), and cmprsk::cuminc's estimate and
#                               variance there (timepoints())
#   competing-<name>-gray.csv   cmprsk::cuminc(time, status, group[, strata])$Tests: stat, df, and
#                               p as pchisq(stat, df, lower.tail = FALSE) (cuminc's 1 - pchisq
#                               rounds small p-values to 0)
# Numbers are written with 17 significant digits; NA stays NA.
suppressPackageStartupMessages({
  library(survival)
  library(cmprsk)
})

out <- "survival/src/test/resources/survival"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_rows <- function(df, file) {
  for (j in seq_along(df)) {
    if (is.numeric(df[[j]])) df[[j]] <- num(df[[j]])
  }
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE)
}

competing <- function(name, d, kinds) {
  d <- d[complete.cases(d), ]
  d$group <- as.character(d$group)
  write_rows(d, paste0("competing-", name, "-data.csv"))
  rows <- NULL
  for (g in sort(unique(d$group))) {
    s <- d[d$group == g, ]
    fit <- survfit(Surv(time, factor(status, 0:kinds)) ~ 1, data = s)
    times <- sort(unique(s$time[s$status > 0]))
    at <- match(times, fit$time)
    ci <- cuminc(s$time, s$status, cencode = 0)
    for (k in 1:kinds) {
      events <- sapply(times, function(t) sum(s$time == t & s$status == k))
      if (sum(s$status == k) > 0) {
        tp <- timepoints(ci[paste("1", k)], times)
        est <- as.numeric(tp$est)
        v <- as.numeric(tp$var)
      } else {
        est <- rep(0, length(times))
        v <- rep(0, length(times))
      }
      rows <- rbind(rows, data.frame(group = g, kind = k, time = times, n.risk = fit$n.risk[at, 1],
                                     n.event = events, pstate = fit$pstate[at, k + 1],
                                     std.err = fit$std.err[at, k + 1], lower = fit$lower[at, k + 1],
                                     upper = fit$upper[at, k + 1], cuminc = est, cuminc.var = v))
    }
  }
  write_rows(rows, paste0("competing-", name, "-curve.csv"))
  tests <- if (is.null(d$stratum)) cuminc(d$time, d$status, d$group, cencode = 0)$Tests
           else cuminc(d$time, d$status, d$group, strata = d$stratum, cencode = 0)$Tests
  write_rows(data.frame(kind = as.integer(rownames(tests)), stat = tests[, "stat"],
                        p = pchisq(tests[, "stat"], tests[, "df"], lower.tail = FALSE),
                        df = tests[, "df"]),
             paste0("competing-", name, "-gray.csv"))
}

# mgus2: progression to a plasma cell malignancy (1) or death without it (2), by sex; months.
m <- mgus2
m$time <- ifelse(m$pstat == 0, m$futime, m$ptime)
m$status <- ifelse(m$pstat == 0, 2 * m$death, 1)
competing("mgus2", data.frame(time = m$time, status = m$status, group = m$sex), 2)

# colon: recurrence (1) or death without recurrence (2), by treatment arm (three groups); days,
# heavy ties.
rec <- colon[colon$etype == 1, ]
dth <- colon[colon$etype == 2, ]
dth <- dth[match(rec$id, dth$id), ]
competing("colon", data.frame(time = ifelse(rec$status == 1, rec$time, dth$time),
                              status = ifelse(rec$status == 1, 1, 2 * dth$status),
                              group = rec$rx), 2)

# rotterdam: recurrence (1) or death without it (2), by hormonal therapy, Gray's test stratified
# by tumour size (three strata).
r <- rotterdam
competing("rotterdam", data.frame(time = ifelse(r$recur == 1, r$rtime, r$dtime),
                                  status = ifelse(r$recur == 1, 1, 2 * r$death),
                                  group = ifelse(r$hormon == 1, "hormon", "none"),
                                  stratum = as.character(r$size)), 2)

# A registry's release spells, simulated: three kinds of end (1 rearrest, 2 exile, 3 death), whole
# days over ten years (so heavy ties), three groups of different hazards, censoring at the as-of
# date.
set.seed(20)
n <- 3000
grp <- sample(c("house arrest", "none", "reporting"), n, replace = TRUE)
rate <- c("house arrest" = 1 / 900, none = 1 / 500, reporting = 1 / 700)[grp]
t1 <- rexp(n, rate)
t2 <- rexp(n, 1 / 6000)
t3 <- rexp(n, 1 / 9000)
cens <- runif(n, 0, 3650)
tt <- pmin(t1, t2, t3, cens)
st <- ifelse(tt == cens, 0, ifelse(tt == t1, 1, ifelse(tt == t2, 2, 3)))
competing("spells", data.frame(time = floor(tt), status = st, group = grp), 3)
