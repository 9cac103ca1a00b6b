package kz.visitfacts.match;

/**
 * Logistic regression with an L2 penalty, fitted by Newton's method on standardized features: exact and
 * deterministic for a few dozen features and a few thousand rows. Weights are returned for the raw features.
 */
final class LogisticFit {
    /** The fitted weights (for raw feature values), the bias, and each feature's mean over the rows. */
    record Weights(double[] weights, double bias, double[] means) {
        double chance(double[] x) {
            double z = bias;
            for (int i = 0; i < x.length; i++) {
                z += weights[i] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private LogisticFit() {
    }

    static Weights fit(double[][] x, int[] y, double penalty) {
        int n = x.length;
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = sd[j] < 1e-12 ? 1 : Math.sqrt(sd[j]);
        }
        // Column 0 is the bias, unpenalized; the rest are the standardized features.
        int k = d + 1;
        double[] beta = new double[k];
        for (int iter = 0; iter < 100; iter++) {
            double[] grad = new double[k];
            double[][] hess = new double[k][k];
            for (int i = 0; i < n; i++) {
                double[] z = standardized(x[i], mean, sd);
                double p = 1 / (1 + Math.exp(-dot(beta, z)));
                double w = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < k; a++) {
                    grad[a] += (y[i] - p) * z[a];
                    for (int b = 0; b < k; b++) {
                        hess[a][b] += w * z[a] * z[b];
                    }
                }
            }
            for (int a = 1; a < k; a++) {
                grad[a] -= penalty * beta[a];
                hess[a][a] += penalty;
            }
            double[] step = solve(hess, grad);
            double size = 0;
            for (int a = 0; a < k; a++) {
                beta[a] += step[a];
                size = Math.max(size, Math.abs(step[a]));
            }
            if (size < 1e-9) {
                break;
            }
        }
        double[] weights = new double[d];
        double bias = beta[0];
        for (int j = 0; j < d; j++) {
            weights[j] = beta[j + 1] / sd[j];
            bias -= weights[j] * mean[j];
        }
        return new Weights(weights, bias, mean);
    }

    private static double[] standardized(double[] row, double[] mean, double[] sd) {
        double[] z = new double[row.length + 1];
        z[0] = 1;
        for (int j = 0; j < row.length; j++) {
            z[j + 1] = (row[j] - mean[j]) / sd[j];
        }
        return z;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code m x = v} by Gaussian elimination with partial pivoting (m is symmetric positive definite). */
    private static double[] solve(double[][] m, double[] v) {
        int k = v.length;
        double[][] a = new double[k][];
        double[] b = v.clone();
        for (int i = 0; i < k; i++) {
            a[i] = m[i].clone();
        }
        for (int c = 0; c < k; c++) {
            int pivot = c;
            for (int r = c + 1; r < k; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            double tb = b[c];
            b[c] = b[pivot];
            b[pivot] = tb;
            for (int r = c + 1; r < k; r++) {
                double f = a[r][c] / a[c][c];
                for (int j = c; j < k; j++) {
                    a[r][j] -= f * a[c][j];
                }
                b[r] -= f * b[c];
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            double s = b[r];
            for (int j = r + 1; j < k; j++) {
                s -= a[r][j] * x[j];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
