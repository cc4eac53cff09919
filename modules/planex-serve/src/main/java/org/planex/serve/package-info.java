/**
 * {@code planex serve}: validation and conversion as an HTTP service on the JDK's
 * {@link com.sun.net.httpserver.HttpServer}. {@link org.planex.serve.PlanexServer} routes {@code POST /validate},
 * {@code POST /convert}, {@code GET /formats}, {@code /rules}, {@code /health} and {@code /openapi.json};
 * {@link org.planex.serve.UploadSpool} spools each request's uploads (a raw ZIP or RFC 7578 multipart, read by
 * {@link org.planex.serve.MultipartReader}) into a temporary folder removed before the request ends;
 * {@link org.planex.serve.JobGate} bounds the concurrent jobs and {@link org.planex.serve.ReadTimeout} the time a
 * request may take to arrive. Errors are JSON bodies
 * ({@link org.planex.serve.HttpProblem}). See {@code docs/serve.md}.
 */
package org.planex.serve;
