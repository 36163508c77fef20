"""Reference values for dp.SubsampledDistributedGaussian (docs/dp.md §6).

For the Gaussian with row sensitivity 1 and noise sigma = z (the discrete
Gaussian with one share has the same RDP, alpha/(2 z^2) per unit shift):

  bound:   Proposition S of docs/dp.md, written independently here;
  exact:   log E_{P'}[(P/P')^alpha] for P = (1-q)N(0,z^2) + qN(1,z^2) and
           P' = (1-q)N(0,z^2) + qN(-1,z^2) (a replace-one pair: rows of norm 1
           on opposite sides), by mpmath quadrature;
  mtz:     log A_alpha of Mironov-Talwar-Zhang 2019 (P against N(0,z^2): the
           row replaced by one contributing zero, also a replace-one pair),
           exact binomial sum.

The bound must be at least both (soundness) and the Go code must reproduce
it. Run: python3 gen_subsampled.py > subsampled.json (about a minute).
"""
import json
from mpmath import mp, mpf, binomial, exp, log, quad, inf, sqrt, pi, expm1

mp.dps = 40


def moments(q, z, top):
    """log E|U|^j bounds for j = 2..top (docs/dp.md §6): direct, then Lyapunov."""
    q, z = mpf(q), mpf(z)
    ea = lambda j: mpf(j) / (2 * z * z)
    er = lambda j: mpf(4 * j) / (2 * z * z)
    direct = {2: log(min(4 * (1 - q) * expm1(ea(2)) + q * expm1(er(2)), 4 * expm1(ea(2)) / (1 - q)))}
    for j in range(3, top + 1):
        direct[j] = min(log(2 * (1 - q) * exp((j - 1) * ea(j)) + q * (exp((j - 1) * er(j)) + 1)),
                        log(2 * (1 - q) ** (1 - j) * exp((j - 1) * ea(j))))
    out = dict(direct)
    for j in range(3, top + 1):
        r = j + 1
        while r <= top:
            w = mpf(j - 2) / (r - 2)
            out[j] = min(out[j], (1 - w) * direct[2] + w * direct[r])
            r = j + 2 * (r - j)
    return out


def bound(q, z, alpha, top):
    m = moments(q, z, top)
    s = 1 + sum(binomial(alpha, j) * mpf(q) ** j * exp(m[j]) for j in range(2, alpha + 1))
    return log(s)


def exact(q, z, alpha):
    q, z = mpf(q), mpf(z)
    phi = lambda x, m: exp(-(x - m) ** 2 / (2 * z * z)) / (z * sqrt(2 * pi))
    p = lambda x: (1 - q) * phi(x, 0) + q * phi(x, 1)
    pp = lambda x: (1 - q) * phi(x, 0) + q * phi(x, -1)
    f = lambda x: pp(x) * (p(x) / pp(x)) ** alpha
    return log(quad(f, [-inf, -10 * z, 0, 10 * z, inf]))


def mtz(q, z, alpha):
    q, z = mpf(q), mpf(z)
    return log(sum(binomial(alpha, i) * (1 - q) ** (alpha - i) * q**i * exp(mpf(i * i - i) / (2 * z * z)) for i in range(alpha + 1)))


cases = []
for q in [0.01, 0.05, 0.1, 0.3, 0.6]:
    for z in [0.8, 2.0, 5.0]:
        for alpha in [2, 3, 5, 8, 16, 32]:
            cases.append({"q": q, "z": z, "alpha": alpha,
                          "log_bound": float(bound(q, z, alpha, 2 * alpha)),
                          "log_exact": float(exact(q, z, alpha)),
                          "log_mtz": float(mtz(q, z, alpha))})
print(json.dumps({"source": "gen_subsampled.py (mpmath, 40 digits)", "cases": cases}, indent=1))
