package se.rjl.patientfees.api.json;

/**
 * A request that cannot be answered with a price: carries the problem details to send back.
 *
 * <pre>{@code
 * try {
 *   BatchResponse r = contract.priceBatch(JsonContract.convert(JsonContract.readObject(text), BatchRequest.class));
 * } catch (ProblemException e) {
 *   System.out.println(JsonContract.write(e.problem())); // {"type": "/problems/...", "status": 400, ...}
 * }
 * }</pre>
 *
 * <p>Thread-safe: its problem is immutable.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
