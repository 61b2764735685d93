# The same work as SurvivalMemory, in R: read the table, Kaplan-Meier by group, the log-rank
# test, a Cox model on two covariates, and the figures written out. Run it under
# /usr/bin/time -v for the peak resident memory:
#   /usr/bin/time -v Rscript benchmarks/src/main/r/survival-memory.R /tmp/survival-1m.csv /tmp/r.txt
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
start <- Sys.time()
d <- read.csv(args[1])
km <- survfit(Surv(time, status) ~ group, data = d, conf.type = "log")
s <- summary(km)
lr <- survdiff(Surv(time, status) ~ group, data = d)
cx <- coxph(Surv(time, status) ~ age + score, data = d)
sink(args[2])
print(data.frame(strata = s$strata, time = s$time, n.risk = s$n.risk, n.event = s$n.event,
                 surv = s$surv, std.err = s$std.err, lower = s$lower, upper = s$upper))
print(km)
print(lr)
print(summary(cx))
sink()
cat(sprintf("%d rows: %.1f s; %d Cox iterations\n", nrow(d),
            as.numeric(Sys.time() - start, units = "secs"), cx$iter))
