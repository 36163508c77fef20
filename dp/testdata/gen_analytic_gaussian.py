import json, mpmath as mp
mp.mp.dps = 50
def delta(eps, sigma):  # unit sensitivity, Balle & Wang Theorem 8
    eps, sigma = mp.mpf(eps), mp.mpf(sigma)
    return mp.ncdf(1/(2*sigma) - eps*sigma) - mp.exp(eps)*mp.ncdf(-1/(2*sigma) - eps*sigma)
out = []
for eps in ["0.01", "0.5", "1", "4", "20"]:
    for d in ["1e-5", "1e-10"]:
        e, dd = mp.mpf(eps), mp.mpf(d)
        # bisection in log sigma, 200 steps
        lo, hi = mp.mpf("1e-6"), mp.mpf("1e6")
        for _ in range(300):
            mid = mp.sqrt(lo*hi)
            if delta(e, mid) > dd: lo = mid
            else: hi = mid
        out.append({"epsilon": float(e), "delta": float(dd), "sigma": float(hi)})
        print(out[-1])
json.dump(out, open("agm.json", "w"), indent=1)
