"""Reference values for the experiment statistics, computed at 50 significant digits with mpmath.

Run: python3 statistics_reference.py   (needs mpmath). The C# tests hold its printed output.
"""
from mpmath import mp, mpf, sqrt, betainc, gammainc, findroot

mp.dps = 50

def summary(xs):
    n = len(xs); m = sum(map(mpf, xs)) / n
    v = sum((mpf(x) - m) ** 2 for x in xs) / (n - 1)
    return n, m, v

def t_two_sided(t, df):
    return betainc(df / 2, mpf(1) / 2, 0, df / (df + t * t), regularized=True)

def t_quantile(p, df):
    cdf = lambda t: 1 - t_two_sided(t, df) / 2 if t >= 0 else t_two_sided(t, df) / 2
    return findroot(lambda t: cdf(t) - p, mpf(2))

def welch(c, t, level=mpf("0.95")):
    nc, mc, vc = c; nt, mt, vt = t
    se2 = vc / nc + vt / nt; se = sqrt(se2)
    df = se2 ** 2 / ((vc / nc) ** 2 / (nc - 1) + (vt / nt) ** 2 / (nt - 1))
    d = mt - mc; tt = d / se; p = t_two_sided(tt, df)
    q = t_quantile(1 - (1 - level) / 2, df)
    return dict(lift=d, rel=d / mc, se=se, df=df, t=tt, p=p, lo=d - q * se, hi=d + q * se)

control = [61.5, 70.25, 58.0, 66.75, 72.5, 63.0, 59.25, 68.0, 64.5, 71.0, 55.5, 67.25]
treatment = [66.0, 74.5, 63.25, 69.0, 77.75, 65.5, 70.0, 72.25, 68.5, 75.0, 62.0, 71.5, 69.75]
print("welch", {k: mp.nstr(v, 20) for k, v in welch(summary(control), summary(treatment)).items()})

for obs in ([5000, 5000], [5100, 4900], [5210, 4790], [1000, 1040, 930]):
    total = sum(obs); e = mpf(total) / len(obs)
    chi = sum((o - e) ** 2 / e for o in obs); k = len(obs) - 1
    print("srm", obs, mp.nstr(chi, 20), mp.nstr(gammainc(mpf(k) / 2, chi / 2, mp.inf, regularized=True), 20))

pre_c = [60.0, 68.0, 57.5, 65.0, 71.0, 62.5, 58.0, 66.5, 63.0, 70.0, 54.0, 66.0]
pre_t = [62.0, 70.5, 60.0, 64.5, 73.0, 61.0, 66.0, 68.5, 65.0, 71.5, 58.5, 67.0, 66.5]
xs = [mpf(x) for x in pre_c + pre_t]; ys = [mpf(y) for y in control + treatment]
n = len(xs); mx = sum(xs) / n; my = sum(ys) / n
cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (n - 1)
varx = sum((x - mx) ** 2 for x in xs) / (n - 1); theta = cov / varx
adj = lambda pre, post: [mpf(y) - theta * (mpf(x) - mx) for x, y in zip(pre, post)]
r = welch(summary(adj(pre_c, control)), summary(adj(pre_t, treatment)))
print("cuped theta", mp.nstr(theta, 20), {k: mp.nstr(v, 20) for k, v in r.items()})
