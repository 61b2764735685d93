# Writes the reference figures of the time-varying spells test (SplitSpellsReferenceTest).
#
# Run from the repository root (R with the survival package; the tests do not need R):
#   Rscript conditions/src/test/r/make-spells.R
#
# It reads conditions/src/test/resources/survival/spells-split.csv, the release spells of a
# generated registry cut where a measure is imposed or lifted (written by the test class
# SplitSpells: person, start, stop, rearrest, a 0/1 column per measure type), fits
#   coxph(Surv(start, stop, rearrest) ~ <measures> + cluster(person), ties = efron | breslow)
# and writes, into the same folder:
#   spells-cox.csv  per ties: coef, se, robust se, exp(coef), z, p, lower/upper .95
#   spells-fit.csv  per ties: n, events, iterations, log likelihoods, likelihood-ratio, Wald,
#                   score and robust score tests, concordance and its standard error
#   spells-var.csv  per ties: the variance matrix (robust) and the naive one, entry by entry
#   spells-km.csv   survfit(Surv(start, stop, rearrest) ~ 1): every distinct time (the curve of
#                   the split rows, which is the curve of the spells)
# Numbers are written with 17 significant digits; NA stays NA.
suppressPackageStartupMessages(library(survival))

out <- "conditions/src/test/resources/survival"
num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_rows <- function(df, file) {
  for (j in seq_along(df)) {
    if (is.numeric(df[[j]])) df[[j]] <- num(df[[j]])
  }
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE)
}

d <- read.csv(file.path(out, "spells-split.csv"), colClasses = c(person = "character"))
covariates <- c("COURT_APPEARANCE", "SPEECH_BAN", "TRAVEL_BAN", "HOUSE_ARREST", "ELECTRONIC_MONITORING")
f <- as.formula(paste("Surv(start, stop, rearrest) ~", paste(covariates, collapse = " + "),
                      "+ cluster(person)"))
coefs <- NULL; fits <- NULL; vars <- NULL
p <- length(covariates)
for (ties in c("efron", "breslow")) {
  m <- coxph(f, data = d, ties = ties)
  s <- summary(m)
  cf <- s$coefficients
  coefs <- rbind(coefs, data.frame(ties = ties, term = rownames(cf), coef = cf[, "coef"],
                                   se = cf[, "se(coef)"], robust.se = cf[, "robust se"],
                                   hr = cf[, "exp(coef)"], z = cf[, "z"], p = cf[, "Pr(>|z|)"],
                                   lower = s$conf.int[, "lower .95"],
                                   upper = s$conf.int[, "upper .95"]))
  lrt <- 2 * (m$loglik[2] - m$loglik[1])
  fits <- rbind(fits, data.frame(ties = ties, n = m$n, events = m$nevent, iter = m$iter,
                                 loglik0 = m$loglik[1], loglik = m$loglik[2], lr = lrt, df = p,
                                 lrp = pchisq(lrt, p, lower.tail = FALSE),
                                 wald = unname(m$wald.test),
                                 waldp = pchisq(unname(m$wald.test), p, lower.tail = FALSE),
                                 score = unname(m$score),
                                 scorep = pchisq(unname(m$score), p, lower.tail = FALSE),
                                 rscore = m$rscore, rscorep = pchisq(m$rscore, p, lower.tail = FALSE),
                                 concordance = unname(m$concordance["concordance"]),
                                 concordance.se = unname(m$concordance["std"])))
  for (i in seq_len(p)) for (j in seq_len(p)) {
    vars <- rbind(vars, data.frame(ties = ties, row = i, col = j, var = m$var[i, j],
                                   naive = m$naive.var[i, j]))
  }
}
write_rows(coefs, "spells-cox.csv")
write_rows(fits, "spells-fit.csv")
write_rows(vars, "spells-var.csv")

km <- summary(survfit(Surv(start, stop, rearrest) ~ 1, data = d), censored = TRUE)
write_rows(data.frame(time = km$time, n.risk = km$n.risk, n.event = km$n.event,
                      n.censor = km$n.censor, surv = km$surv, std.err = km$std.err,
                      lower = km$lower, upper = km$upper), "spells-km.csv")
