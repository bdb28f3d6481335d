/**
 * Trello's error answers. Most are plain text; a few validation errors are
 * JSON (`{"message", "error"}`). Statuses and wording follow
 * /work/shared/spec/trello-api-facts.md; where Trello's exact text is not
 * known the message is marked "(?)" in a comment and kept conservative.
 */
export class ApiError extends Error {
    status;
    body;
    constructor(status, body) {
        super(typeof body === 'string' ? body : String(body['message'] ?? body['error']));
        this.name = 'ApiError';
        this.status = status;
        this.body = body;
    }
}
export const NOT_FOUND_TEXT = 'The requested resource was not found.';
export const invalidKey = () => new ApiError(401, 'invalid key');
export const invalidToken = () => new ApiError(401, 'invalid token');
export const invalidId = () => new ApiError(400, 'invalid id');
export const notFound = () => new ApiError(404, NOT_FOUND_TEXT);
export const invalidValue = (field) => new ApiError(400, `invalid value for ${field}`);
export const invalidPosition = () => new ApiError(400, { message: 'Invalid position.', error: 'ERROR' });
export const invalidDate = () => new ApiError(400, { message: 'invalid date', error: 'ERROR' });
export const invalidObjectId = () => new ApiError(400, { message: 'Invalid objectId', error: 'ERROR' });
/**
 * A path no route matches gets the 404 of Trello's web framework (Express),
 * which echoes the request target, query and credentials included (R, for a
 * missing path id: `GET /1/boards/`).
 */
export const cannotRoute = (method, target) => new ApiError(404, `Cannot ${method} ${target}`);
/** Without key and token Trello refuses reads and writes in different words (O). */
export const noCredentials = (method) => new ApiError(401, method === 'GET' ? 'unauthorized permission requested' : 'missing scopes');
export const uriTooLong = () => new ApiError(414, 'URI Too Long');
/** Since March 2024 Trello's CDN refuses a GET that carries a body (O: issue threads of several clients). */
export const getWithBody = () => new ApiError(403, 'ERROR: The request could not be satisfied. Bad request: GET requests must not carry a body.');
//# sourceMappingURL=errors.js.map