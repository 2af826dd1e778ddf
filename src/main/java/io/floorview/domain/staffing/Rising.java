package io.floorview.domain.staffing;

/**
 * Logarithms of rising products and sums of reciprocals, {@code Σ_{i=1..j} ln(x+i)} and
 * {@code Σ_{m=1..n} 1/(x+m)}, in a time that does not grow with j and n: summed term by term for short
 * runs, by the differences of the asymptotic (Stirling) series of ln Γ and of the digamma function ψ for
 * long ones. The differences are arranged so that no two large numbers are subtracted.
 */
final class Rising {

    /** Runs shorter than this are summed term by term. */
    private static final int DIRECT = 64;
    /** The asymptotic series are used from this argument on, where their first omitted term is below 1e-17. */
    private static final double ASYMPTOTIC_FROM = 20;

    private Rising() {
    }

    /** {@code ln[(x+1)(x+2)…(x+j)] = ln Γ(x+j+1) − ln Γ(x+1)}, for x ≥ 0. */
    static double logRising(double x, long j) {
        double sum = 0;
        long i = 0;
        while (i < j && (j - i < DIRECT || x + i + 1 < ASYMPTOTIC_FROM)) {
            i++;
            sum += Math.log(x + i);
        }
        if (i == j) {
            return sum;
        }
        // ln Γ(b) − ln Γ(a) with a = x+i+1, b = x+j+1, both ≥ 20, by Stirling:
        // (b−½)ln b − (a−½)ln a − (b−a) + s(b) − s(a) = (a−½)·ln(1 + n/a) + n·ln b − n + s(b) − s(a)
        double a = x + i + 1;
        double n = j - i;
        double b = a + n;
        return sum + (a - 0.5) * Math.log1p(n / a) + n * Math.log(b) - n + stirlingTail(b) - stirlingTail(a);
    }

    /** {@code 1/(x+1) + 1/(x+2) + … + 1/(x+n) = ψ(x+n+1) − ψ(x+1)}, for x ≥ 0. */
    static double harmonic(double x, long n) {
        double sum = 0;
        long m = 0;
        while (m < n && (n - m < DIRECT || x + m + 1 < ASYMPTOTIC_FROM)) {
            m++;
            sum += 1 / (x + m);
        }
        if (m == n) {
            return sum;
        }
        double a = x + m + 1;
        double b = a + (n - m);
        return sum + Math.log1p((n - m) / a) + digammaTail(b) - digammaTail(a);
    }

    /** ln Γ(z) − [(z−½)ln z − z + ½ln 2π], for z ≥ 20. */
    private static double stirlingTail(double z) {
        double r = 1 / z;
        double r2 = r * r;
        return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 - r2 * (1.0 / 1680 - r2 / 1188))));
    }

    /** ψ(z) − ln z, for z ≥ 20. */
    private static double digammaTail(double z) {
        double r = 1 / z;
        double r2 = r * r;
        return -0.5 * r - r2 * (1.0 / 12 - r2 * (1.0 / 120 - r2 * (1.0 / 252 - r2 * (1.0 / 240 - r2 / 132))));
    }
}
