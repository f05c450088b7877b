package se.rjl.patientfees.finance.generate;

/**
 * SplitMix64 (Steele, Lea, Flood 2014), written out here so that the synthetic visits depend on no
 * JDK implementation detail: the same seed gives the same numbers on every Java version. Not
 * thread-safe; one instance per patient.
 */
final class SplitMix64 {
  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, 1) with 53 bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in [from, to] inclusive. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  /** A standard normal variate (Box–Muller with StrictMath, so the result is the same everywhere). */
  double normal() {
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** A Poisson variate: Knuth's method up to 40, a rounded normal approximation above. */
  int poisson(double lambda) {
    if (lambda <= 0) {
      return 0;
    }
    if (lambda > 40) {
      return Math.max(0, (int) StrictMath.floor(lambda + StrictMath.sqrt(lambda) * normal() + 0.5));
    }
    double l = StrictMath.exp(-lambda);
    int k = 0;
    double p = 1.0;
    do {
      k++;
      p *= nextDouble();
    } while (p > l);
    return k - 1;
  }

  /** An index drawn with the given cumulative weights (last element = total). */
  int pick(double[] cumulative) {
    double x = nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > x) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  static double[] cumulative(double... weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      c[i] = sum;
    }
    return c;
  }
}
