/** Whether a request URL's path is exactly /graphql (with or without a query string). */
export const isGraphQLPath = (url: string | undefined) => url === '/graphql' || (url !== undefined && url.startsWith('/graphql?'));
