// @ts-check
/** The methods an OpenAPI path item can hold, in the order the specification lists them. */
export const HTTP_METHODS = Object.freeze(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
