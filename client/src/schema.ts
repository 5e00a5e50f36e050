// Generated from client/openapi.json (the service's OpenAPI document) by `npm run client:generate` at the
// repository root: do not edit. `npm run client:check` (and the test suite) fails while it is out of date.
export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format)
         * @description HTTP and process figures, and the graph's: graph_writes_total{kind,outcome,code}, transaction retries, the Neo4j connection pool, Neo4j unreachable, the change feed's horizon lag. Served on METRICS_PORT instead when set.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/plain; version=0.0.4 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Neo4j answers and every migration is applied (503 NOT_READY while one runs, saying which) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/guide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Operators' guide for Neo4j Browser
         * @description Play it in Neo4j Browser with `:play http://<service>/ops/guide` (the service's host must be in Neo4j's `browser.remote_content_hostname_whitelist`): runnable queries for a user's neighbourhood, a pair's edges, hidden follows, the most followed accounts, the change feed's newest entries, the schema and its indexes.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Neo4j Browser guide (HTML slides) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/guide/style.grass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Graph style for Neo4j Browser (GraSS)
         * @description Captions and colours for User, FOLLOWS, REQUESTED, BLOCKS, MUTES (and List, OWNS, Change): `:style http://<service>/ops/guide/style.grass` in Browser, or drop the file on its style panel.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description GraSS */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /** @description Private accounts approve their followers; only they read its followers and following */
                            private: boolean;
                            /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                            hideNetwork: boolean;
                            /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                            discoverable: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        /** Create or replace a user */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            /** @description The whole user: omitted name is "", omitted private and hideNetwork are false, omitted discoverable is true */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                        username: string;
                        /** @description Display name, 0-65 characters */
                        name?: string;
                        /** @default false */
                        private?: boolean;
                        /**
                         * @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others
                         * @default false
                         */
                        hideNetwork?: boolean;
                        /**
                         * @description false: never suggested to anyone (suggestions, cold start, similar accounts)
                         * @default true
                         */
                        discoverable?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /** @description Private accounts approve their followers; only they read its followers and following */
                            private: boolean;
                            /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                            hideNetwork: boolean;
                            /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                            discoverable: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /** @description Private accounts approve their followers; only they read its followers and following */
                            private: boolean;
                            /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                            hideNetwork: boolean;
                            /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                            discoverable: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a user and every edge touching it
         * @description In one transaction: its lists (as DELETE of each would: recorded as list.deleted, their members and subscriptions gone), its memberships and subscriptions, and its edges; then user.deleted.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change some fields of a user */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            /** @description Only the fields given change; private -> public accepts every pending request (one hidden by a block list is dropped) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                        username?: string;
                        /** @description Display name, 0-65 characters */
                        name?: string;
                        private?: boolean;
                        /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                        hideNetwork?: boolean;
                        /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                        discoverable?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /** @description Private accounts approve their followers; only they read its followers and following */
                            private: boolean;
                            /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                            hideNetwork: boolean;
                            /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                            discoverable: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/usernames/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user by username, matched case-insensitively */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /** @description Private accounts approve their followers; only they read its followers and following */
                            private: boolean;
                            /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                            hideNetwork: boolean;
                            /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                            discoverable: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/following/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Does id follow target, as the following list shows it
         * @description 204 yes, 404 NOT_FOLLOWING no. A follow hidden by a block (either way) answers no unless includeBlocked=true (own view); for another user's token, a target in a BLOCKS relation with that user answers no (as in that user's reading of the list); a private id answers 403 PRIVATE_ACCOUNT to non-followers.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Also show edges hidden because the two users stand in a BLOCKS relation (own view: the user itself or a service token) */
                    includeBlocked?: boolean;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        /**
         * Follow
         * @description Checked in order: SELF_RELATION (400), USER_NOT_FOUND (404, id first), BLOCKED_BY_TARGET (403, even when a hidden follow exists), UNBLOCK_FIRST (409); a private target gets a pending request (202, again 202 while pending); else 201 new / 200 already following. Concurrent identical follows make one edge. A block list stands as a block: target subscribing to a block list that holds id is BLOCKED_BY_TARGET, id subscribing to one that holds target is UNBLOCK_FIRST (lifted when id unsubscribes or target leaves the list).
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description following: the edge exists; requested: a pending request to a private user */
                            state: "following" | "requested";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description following: the edge exists; requested: a pending request to a private user */
                            state: "following" | "requested";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description following: the edge exists; requested: a pending request to a private user */
                            state: "following" | "requested";
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Unfollow, or cancel a pending follow request
         * @description Idempotent (204 whether or not there was an edge); also deletes a follow hidden by a block. A cancelled request is recorded in the change feed as `unfollow`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/following": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users id follows; `since`: when id followed them
         * @description Users id follows; `since`: when id followed them. Newest first (since desc, id desc), keyset-paginated. Edges between users in a block relation (a BLOCKS either way, or a block list either way) are left out unless includeBlocked=true (own view: the user itself or a service token, else 403 FORBIDDEN). For another user's token, users in a block relation with that user are left out too. A private user's list is readable only by itself, its followers and service tokens (403 PRIVATE_ACCOUNT otherwise).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                    /** @description Also show edges hidden because the two users stand in a BLOCKS relation (own view: the user itself or a service token) */
                    includeBlocked?: boolean;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Follow many at once ("follow all")
         * @description Each target goes through the follow rules as PUT /v1/users/{id}/following/{target} would, and is answered with the status and body (or error code) that single PUT gives, in the order given: 201/200 `following`, 202 `requested`, or 400 SELF_RELATION, 404 USER_NOT_FOUND, 403 BLOCKED_BY_TARGET, 409 UNBLOCK_FIRST. One target's refusal never fails the others. The ops share the write path's batches; a repeated target is answered each time (the second as already following). An unknown id is 404 for the whole request.
         *
         *     `{list: {owner, list}}` ("follow all" of a starter pack): the targets are the list's first 150 members, newest first, as id reads the list (members in a block relation with id are left out, as the members page leaves them out for id's token). Reading them obeys the owner's access rules for the token (403 PRIVATE_ACCOUNT, HIDDEN_NETWORK); 404 USER_NOT_FOUND for an unknown owner, LIST_NOT_FOUND for an unknown list; an empty list answers no items.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            /** @description Follow many at once ("follow all"): given targets, or the members of a list */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 100 user ids to follow; each is answered as a single PUT .../following/{target} would be */
                        targets: string[];
                    } | {
                        /** @description A list (a starter pack): its first 150 members, newest first, as the actor reads the list */
                        list: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            list: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description One per target, in the order given */
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                target: string;
                                /** @description The status a single PUT .../following/{target} answers: 200, 201, 202, or its 4xx */
                                status: number;
                                /** @description following: the edge exists; requested: a pending request to a private user */
                                state?: "following" | "requested";
                                /** @description The single PUT's error code (SELF_RELATION, USER_NOT_FOUND, BLOCKED_BY_TARGET, UNBLOCK_FIRST) */
                                code?: string;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/followers/{follower}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a follower
         * @description Deletes follower's FOLLOWS to id (hidden or not). Idempotent: 204 whether or not it existed.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    follower: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/blocks/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Block
         * @description 201 new / 200 already. In the same transaction: deletes id's FOLLOWS to target and pending requests both ways; target's FOLLOWS to id is kept but hidden from lists, counts and lookups until unblocked.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "blocking";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "blocking";
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Unblock
         * @description Idempotent (204). A follow of target's that the block hid becomes visible again.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users who follow id; `since`: when they followed
         * @description Users who follow id; `since`: when they followed. Newest first (since desc, id desc), keyset-paginated. Edges between users in a block relation (a BLOCKS either way, or a block list either way) are left out unless includeBlocked=true (own view: the user itself or a service token, else 403 FORBIDDEN). For another user's token, users in a block relation with that user are left out too. A private user's list is readable only by itself, its followers and service tokens (403 PRIVATE_ACCOUNT otherwise).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                    /** @description Also show edges hidden because the two users stand in a BLOCKS relation (own view: the user itself or a service token) */
                    includeBlocked?: boolean;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/friends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users id follows who follow id back; ordered and dated by id's own follow
         * @description Users id follows who follow id back; ordered and dated by id's own follow. Newest first (since desc, id desc), keyset-paginated. Edges between users in a block relation (a BLOCKS either way, or a block list either way) are left out unless includeBlocked=true (own view: the user itself or a service token, else 403 FORBIDDEN). For another user's token, users in a block relation with that user are left out too. A private user's list is readable only by itself, its followers and service tokens (403 PRIVATE_ACCOUNT otherwise).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                    /** @description Also show edges hidden because the two users stand in a BLOCKS relation (own view: the user itself or a service token) */
                    includeBlocked?: boolean;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users id blocks (own view)
         * @description Newest block first (since desc, id desc), keyset-paginated. Only the user itself or a service token.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One list
         * @description memberCount comes from the degree store: cheap at any size. 404 LIST_NOT_FOUND (USER_NOT_FOUND for an unknown owner). Public read within the owner's access rules (a private owner's lists: itself, its followers and service tokens, else 403 PRIVATE_ACCOUNT; a hidden network: itself and service tokens, else 403 HIDDEN_NETWORK).
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        /**
         * Create or update a list
         * @description 201 created / 200 updated, answering the list. The purpose (curation or moderation) is fixed at creation: a PUT with the other purpose is 409 PURPOSE_FIXED. An omitted description is "". Recorded as `list.created` in the change feed when new. 404 USER_NOT_FOUND for an unknown owner.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            /** @description The whole list: an omitted description is ""; the purpose of an existing list cannot change (409 PURPOSE_FIXED) */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Display name, 1-64 characters */
                        name: string;
                        /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                        purpose: "curation" | "moderation";
                        /** @description Free text, 0-300 characters */
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a list, its members and every subscription to it
         * @description Idempotent (204 whether or not the list existed; 404 USER_NOT_FOUND for an unknown owner). The block and mute lists it was end at once for every subscriber: follows it hid show again. Recorded as `list.deleted`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's lists, newest first
         * @description Keyset-paginated by creation time (createdAt desc, id desc). Public read within the owner's access rules (a private owner's lists: itself, its followers and service tokens, else 403 PRIVATE_ACCOUNT; a hidden network: itself and service tokens, else 403 HIDDEN_NETWORK).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                                id: string;
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                owner: string;
                                /** @description Display name, 1-64 characters */
                                name: string;
                                /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                                purpose: "curation" | "moderation";
                                /** @description Free text, 0-300 characters */
                                description: string;
                                /** @description Members, from the degree store */
                                memberCount: number;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                createdAt: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/lists/{list}/members/{member}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add a member
         * @description 201 new / 200 already a member, answering the member as the members page lists it. 404 LIST_NOT_FOUND, USER_NOT_FOUND (owner or member). A curation list refuses a user who blocks the owner (directly or through a block list it subscribes to): 403 BLOCKED_BY_TARGET; a moderation list takes anyone. The owner may list itself. On a moderation list the member is blocked (muted) at once by every subscriber; the write reads only the member's own edges, whatever the number of subscribers. Recorded as `list.member.added`.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    member: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Remove a member
         * @description Idempotent (204 whether or not it was a member); 404 LIST_NOT_FOUND, USER_NOT_FOUND. The list's subscribers stop blocking (muting) it at once. Recorded as `list.member.removed`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    member: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/lists/{list}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A list's members, newest first
         * @description Keyset-paginated (since desc, id desc), `since` when the member was added. For another user's token, members in a block relation with that user (a BLOCKS either way, or a block list either way) are left out. 404 LIST_NOT_FOUND. Public read within the owner's access rules (a private owner's lists: itself, its followers and service tokens, else 403 PRIVATE_ACCOUNT; a hidden network: itself and service tokens, else 403 HIDDEN_NETWORK).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/listed-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lists that hold a user (own view)
         * @description Curation and moderation lists alike, newest membership first (since desc, then the list as "owner/list" desc), keyset-paginated. Only the user itself or a service token.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                                id: string;
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                owner: string;
                                /** @description Display name, 1-64 characters */
                                name: string;
                                /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                                purpose: "curation" | "moderation";
                                /**
                                 * Format: date-time
                                 * @description When the user was added to the list
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/list-blocks/{owner}/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Subscribe to a moderation list as a block list
         * @description 201 new / 200 already subscribed, answering the subscription as GET /users/{id}/list-blocks lists it. id stands to each member (other than itself) exactly as if id BLOCKS it: every rule, list, count, lookup (relationships: listBlocking), suggestion and viewer filter treats the pair as blocked, until the member leaves the list, id unsubscribes or the list is deleted. Unlike a direct block nothing is deleted: id's follows of members and their follows of id are hidden, not removed, and show again when the list block ends; pending requests between them are hidden too. A follow between them is refused: 409 UNBLOCK_FIRST for id, 403 BLOCKED_BY_TARGET for the member (unsubscribing, or the member leaving the list, lifts it). Subscribing to one's own list is allowed; it never blocks oneself. Subscribing needs the right to read the owner's network: a private owner's lists only for itself, its followers and service tokens (403 PRIVATE_ACCOUNT), a hidden network's only for itself and service tokens (403 HIDDEN_NETWORK), for its existing and unknown list ids alike; a subscription made while allowed stays in force. 404 USER_NOT_FOUND (id or owner), LIST_NOT_FOUND; 409 NOT_A_MODERATION_LIST for a curation list. Recorded as `list.block`. The write reads only the subscriber's own edges or the list's members, whichever are fewer.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    owner: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the subscription began
                             */
                            since: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the subscription began
                             */
                            since: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Unsubscribe from a block list
         * @description Idempotent (204 whether or not subscribed, and for a list that does not exist: unsubscribing is always allowed, and tells nothing of which lists an owner has); 404 USER_NOT_FOUND. The blocks it made end at once (a member also blocked directly, or through another list, stays so). Recorded as `list.unblock`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    owner: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/list-blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lists id subscribes to as block lists (own view)
         * @description Each item is the list with `since`, when the subscription began; newest first (since desc, then the list as "owner/list" desc), keyset-paginated. Only the user itself or a service token.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                                id: string;
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                owner: string;
                                /** @description Display name, 1-64 characters */
                                name: string;
                                /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                                purpose: "curation" | "moderation";
                                /** @description Free text, 0-300 characters */
                                description: string;
                                /** @description Members, from the degree store */
                                memberCount: number;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description When the subscription began
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/list-mutes/{owner}/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Subscribe to a moderation list as a mute list
         * @description 201 new / 200 already subscribed, answering the subscription as GET /users/{id}/list-mutes lists it. id stands to each member (other than itself) as if id MUTES it: members are never suggested to id (relationships: listMuting), until the member leaves the list, id unsubscribes or the list is deleted. The user's own mutes list and count are its direct mutes only. Subscribing to one's own list is allowed; it never mutes oneself. Subscribing needs the right to read the owner's network: a private owner's lists only for itself, its followers and service tokens (403 PRIVATE_ACCOUNT), a hidden network's only for itself and service tokens (403 HIDDEN_NETWORK), for its existing and unknown list ids alike; a subscription made while allowed stays in force. 404 USER_NOT_FOUND (id or owner), LIST_NOT_FOUND; 409 NOT_A_MODERATION_LIST for a curation list. Recorded as `list.mute`. The write reads only the subscriber's own edges or the list's members, whichever are fewer.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    owner: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the subscription began
                             */
                            since: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /** @description Members, from the degree store */
                            memberCount: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description When the subscription began
                             */
                            since: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /**
         * Unsubscribe from a mute list
         * @description Idempotent (204 whether or not subscribed, and for a list that does not exist: unsubscribing is always allowed, and tells nothing of which lists an owner has); 404 USER_NOT_FOUND. The mutes it made end at once (a member also muteed directly, or through another list, stays so). Recorded as `list.unmute`.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    owner: string;
                    /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                    list: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/list-mutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The lists id subscribes to as mute lists (own view)
         * @description Each item is the list with `since`, when the subscription began; newest first (since desc, then the list as "owner/list" desc), keyset-paginated. Only the user itself or a service token.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                                id: string;
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                owner: string;
                                /** @description Display name, 1-64 characters */
                                name: string;
                                /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                                purpose: "curation" | "moderation";
                                /** @description Free text, 0-300 characters */
                                description: string;
                                /** @description Members, from the degree store */
                                memberCount: number;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                createdAt: string;
                                /**
                                 * Format: date-time
                                 * @description When the subscription began
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's counts
         * @description Each count equals the length of the matching list read by a service token with default parameters (edges between users in a block relation left out: a BLOCKS either way, or a block list either way). `blocks` and `mutes` count the user's own BLOCKS and MUTES (its list subscriptions are GET .../list-blocks, .../list-mutes). Public, also for private users. Answered from the degree store and per-user counters of hidden edges: cheap at any size, whatever the size of the lists involved.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Each count equals the length of the matching list read by a service token; null where the reader may not see it */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Length of the followers list (blocked edges left out); null to other users when the network is hidden */
                            followers: number | null;
                            /** @description Length of the following list; null to other users when the network is hidden */
                            following: number | null;
                            /** @description Length of the friends list; null to other users when the network is hidden */
                            friends: number | null;
                            /** @description Users this user blocks; null to readers other than the user itself and service tokens */
                            blocks: number | null;
                            /** @description Unexpired mutes; null to readers other than the user itself and service tokens */
                            mutes: number | null;
                            /** @description Incoming pending follow requests; null to readers other than the user itself and service tokens */
                            pendingRequests: number | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How id relates to each of up to 100 users (own view)
         * @description Raw edges (a follow hidden by a block shows as true), in the order asked; an unknown id answers exists: false with every flag false. listBlocking / listMuting: id subscribes to a block (mute) list that holds the user (never true of id itself).
         */
        get: {
            parameters: {
                query: {
                    /** @description 1 to 100 comma-separated user ids; answered in this order (a repeated id is answered each time) */
                    ids: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @description false for an unknown id (every flag is then false) */
                                exists: boolean;
                                /** @description id FOLLOWS this user (raw edge: true even when hidden by a block) */
                                following: boolean;
                                /** @description this user FOLLOWS id (raw edge) */
                                followedBy: boolean;
                                /** @description id BLOCKS this user */
                                blocking: boolean;
                                /** @description this user BLOCKS id */
                                blockedBy: boolean;
                                /** @description id MUTES this user (unexpired) */
                                muting: boolean;
                                /** @description id has a pending follow request to this user */
                                requested: boolean;
                                /** @description this user has a pending follow request to id */
                                requestedBy: boolean;
                                /** @description id subscribes to a block list that holds this user (id then stands to it as if it BLOCKS it) */
                                listBlocking: boolean;
                                /** @description id subscribes to a mute list that holds this user */
                                listMuting: boolean;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/mutes/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mute a user, for ever or until a time; answers the mute as the list shows it
         * @description 201 when no unexpired mute existed (an expired one counts as absent and gets a new `since`); 200 when an unexpired mute was updated: it keeps its `since` and takes the new `until` (none: for ever). An `until` that is not in the future is 400 VALIDATION. Muting is independent of following and blocking.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            /** @description Optional; an empty or absent body mutes for ever */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the mute ends (ISO-8601, must be in the future); omitted: for ever
                         */
                        until?: string;
                    };
                };
            };
            responses: {
                /** @description A muted user; `since`: when the mute began */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                            /** @description When the mute ends; null: for ever */
                            until: string | null;
                        };
                    };
                };
                /** @description A muted user; `since`: when the mute began */
                201: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                            /** @description When the mute ends; null: for ever */
                            until: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Unmute a user (idempotent) */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/mutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The users id mutes (unexpired), newest first
         * @description The user's own view. `since` is when the mute began, `until` when it ends (null: for ever). Expired mutes are left out. Mutes are listed whatever the blocks between the two users (like `blocks`, this is a list for managing one's own settings).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                                /** @description When the mute ends; null: for ever */
                                until: string | null;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/follow-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A private user's incoming pending follow requests, newest first
         * @description The user's own view. `since` is when the request was made. A requester cancels by unfollowing; a block drops requests in both directions; a block list (either way) hides them instead, until it ends; turning the account public accepts them all (a request hidden by a block list is dropped, recorded as follow.rejected).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/follow-requests/{requester}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a pending request: it becomes a FOLLOWS dated now
         * @description 404 REQUEST_NOT_FOUND when requester has no pending request to id (e.g. already accepted, rejected or cancelled). The follow rules are checked again with both users locked: 409 UNBLOCK_FIRST when id blocks requester, 403 BLOCKED_BY_TARGET when requester blocks id (the request is kept); a block list either way counts as a block. No body is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    requester: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "following";
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/follow-requests/{requester}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a pending request: it is dropped
         * @description 404 REQUEST_NOT_FOUND when requester has no pending request to id. The requester may ask again.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    requester: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/known-followers/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Followers of target whom id follows ("followed by A and B you know")
         * @description Ordered like `following` (by when id followed them, newest first). Public read. Blocked filtering as in the lists: a user in a BLOCKS relation (either way) with id or with target is left out, and so is one in a BLOCKS relation with the token's user. id == target answers id's friends. Cost follows the size of id's following list, never the target's follower count.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, 1-1000 (default 100) */
                    limit?: number;
                    /** @description Opaque: the previous page's nextCursor (400 INVALID_CURSOR when altered or made for another list) */
                    cursor?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    target: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                since: string;
                            }[];
                            /** @description Pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every user, as NDJSON, in id order
         * @description Streams one JSON object per line ({id, username, name, private, createdAt}) in ascending id (code point) order, read from the user id index (no sort). Resume an interrupted export with `?after=<last id received>`. The stream is read from one transaction with backpressure: the server holds at most one driver fetch batch and one 64 KiB chunk whatever the graph size. A client that reads nothing for STREAM_IDLE_TIMEOUT_MS (default 60 s) is cut off, and one that goes away releases the transaction at once. graph:admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Resume after this user id (the last id received) */
                    after?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON, one user a line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name: string;
                            /** @description Private accounts approve their followers; only they read its followers and following */
                            private: boolean;
                            /** @description Hides followers, following and friends (and what is derived from them) from other users, even followers: only the user itself and service tokens read them (403 HIDDEN_NETWORK); counts of them are null to others */
                            hideNetwork: boolean;
                            /** @description false: never suggested to anyone (suggestions, cold start, similar accounts) */
                            discoverable: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/edges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every edge of one type, as NDJSON, in (from, to) order
         * @description Streams {from, to, type, since} (MUTES also `until`, null for ever; expired mutes are exported too: this is the stored graph) in ascending (from, to) order, read from the pair-uniqueness index (no sort). FOLLOWS edges hidden by a block are exported (they are part of the graph and come back on unblock). Resume with `?after=<from>,<to>` of the last row received. Constant server memory, as for users. graph:admin.
         */
        get: {
            parameters: {
                query: {
                    /** @description An edge type */
                    type: "FOLLOWS" | "BLOCKS" | "MUTES" | "REQUESTED";
                    /** @description Resume after this edge: "<from>,<to>" of the last row received */
                    after?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON, one edge a line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            from: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            to: string;
                            /** @description An edge type */
                            type: "FOLLOWS" | "BLOCKS" | "MUTES" | "REQUESTED";
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                            /** @description MUTES only: when the mute ends (null: for ever) */
                            until?: string | null;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every list, as NDJSON, in (owner, id) order
         * @description Streams {owner, id, name, purpose, description, createdAt} in ascending (owner, id) order, read from the list_owner_id_unique index (no sort). Resume with `?after=<owner>/<id>` of the last row received. To rebuild a graph, import users, then lists, then the edges (GET /v1/export/edges), then members and subscriptions: a follow between users in a list block is refused like any follow, so list blocks come last. The stream is read from one transaction with backpressure, in constant server memory (a client that reads nothing for STREAM_IDLE_TIMEOUT_MS is cut off). graph:admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Resume after this list: "<owner>/<id>" of the last row received */
                    after?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON, one list a line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            createdAt: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/list-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every list's members, as NDJSON, in (owner/list, member) order
         * @description Streams {owner, list, member, since} in ascending ("owner/list", member) order, read from the list_members_pair_unique index (no sort). Resume with `?after=<owner>/<list>,<member>` of the last row received. To rebuild a graph, import users, then lists, then the edges (GET /v1/export/edges), then members and subscriptions: a follow between users in a list block is refused like any follow, so list blocks come last. The stream is read from one transaction with backpressure, in constant server memory (a client that reads nothing for STREAM_IDLE_TIMEOUT_MS is cut off). graph:admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Resume after this membership: "<owner>/<list>,<member>" of the last row received */
                    after?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON, one membership a line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            list: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            member: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export/list-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every block or mute subscription to a list, as NDJSON, in (user, owner/list) order
         * @description Streams {user, owner, list, type, since} for `type=block` (list-blocks) or `type=mute` (list-mutes) in ascending (user, "owner/list") order, read from the type's pair-uniqueness index (no sort). Resume with `?after=<user>,<owner>/<list>` of the last row received. To rebuild a graph, import users, then lists, then the edges (GET /v1/export/edges), then members and subscriptions: a follow between users in a list block is refused like any follow, so list blocks come last. The stream is read from one transaction with backpressure, in constant server memory (a client that reads nothing for STREAM_IDLE_TIMEOUT_MS is cut off). graph:admin.
         */
        get: {
            parameters: {
                query: {
                    type: "block" | "mute";
                    /** @description Resume after this subscription: "<user>,<owner>/<list>" of the last row received */
                    after?: string;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON, one subscription a line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            user: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            list: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            since: string;
                            type: "block" | "mute";
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of users and edges from NDJSON
         * @description Body `application/x-ndjson`, one object a line: `{"user": {id, username, name?, private?, createdAt?}}`, `{"follow": {from, to, since?}}`, `{"request": {from, to, since?}}`, `{"block": {from, to, since?}}`, `{"mute": {from, to, since?, until?}}`, and lists: `{"list": {owner, id, name, purpose, description?, createdAt?}}`, `{"member": {owner, list, member, since?}}`, `{"listBlock": {user, owner, list, since?}}`, `{"listMute": {user, owner, list, since?}}`. Blank lines are skipped; lines are numbered from 1.
         *
         *     Each line is validated on its own and applied with the live API's rules: no relation to oneself (SELF_RELATION); both users must exist, a user defined earlier in the same file counts (USER_NOT_FOUND); usernames are unique case-insensitively (USERNAME_TAKEN); a follow or request where the target blocks the actor is BLOCKED_BY_TARGET, where the actor blocks the target UNBLOCK_FIRST; a block removes the blocker's follow and pending requests both ways (the target's follow stays, hidden). A user line replaces the user as PUT does (createdAt kept unless given); becoming public accepts pending requests.
         *
         *     Private targets: the import migrates established relations, so a `follow` line is a FOLLOWS edge even to a private user (and replaces a pending request). A `request` line is exactly the API's follow: a REQUESTED edge to a private user not yet followed, else FOLLOWS. An export of the graph re-imports as the same graph (FOLLOWS rows as follow lines, REQUESTED rows as request lines; rows of GET /v1/export/lists, /list-members and /list-subscriptions as list, member and listBlock/listMute lines), when imported in this order: users, lists, edges, members, subscriptions (a follow line between users in a list block is refused like any follow).
         *
         *     List lines are applied as the list routes do: a list keeps its purpose (PURPOSE_FIXED), a member or subscription needs its list (LIST_NOT_FOUND), a subscription a moderation list (NOT_A_MODERATION_LIST), a curation list refuses a user who blocks its owner (BLOCKED_BY_TARGET); a line for an existing membership or subscription is a no-op (its since is taken when given). List lines go in batches of their own.
         *
         *     Idempotent: edges are merged on the (from, to) pair; a given since/createdAt is kept, else the stored one; re-importing a file changes nothing and records no change; a line describing an edge that exists already (even hidden) is applied as a no-op, only a line the file itself superseded (a follow it later blocks) is refused the second time. Lines are applied as in file order, in batches of up to 5,000 lines, one transaction each, every valid line whatever the bad ones; two batches run at once when neither can change the other's outcome (no user lines, no pair of users in common). What the import changes (user.created/updated, follow, follow.requested, follow.accepted, block, mute, list.created, list.member.added, list.block, list.mute) goes to the change feed, recorded in the same transactions, one feed entry per change (?changes=false skips that, for an initial load). A line longer than 64 KiB is refused. The answer counts the applied lines per kind and lists the refused ones (the first 10,000; rejectedCount counts all). graph:admin.
         */
        post: {
            parameters: {
                query?: {
                    /** @description Record what the import changes in the change feed (default). false: an initial load that feed readers need not replay (about twice the rate) */
                    changes?: boolean;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            /** @description NDJSON: one JSON object a line, each as the schema says; blank lines are skipped. */
            requestBody: {
                content: {
                    "application/x-ndjson": {
                        user: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            id: string;
                            /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                            username: string;
                            /** @description Display name, 0-65 characters */
                            name?: string;
                            private?: boolean;
                            hideNetwork?: boolean;
                            discoverable?: boolean;
                            /**
                             * Format: date-time
                             * @description Kept when given (an export round-trips); else now on creation
                             */
                            createdAt?: string;
                        };
                    } | {
                        follow: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            from: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            to: string;
                            /**
                             * Format: date-time
                             * @description Kept when given; else the stored edge keeps its own (now when new)
                             */
                            since?: string;
                        };
                    } | {
                        request: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            from: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            to: string;
                            /**
                             * Format: date-time
                             * @description Kept when given; else the stored edge keeps its own (now when new)
                             */
                            since?: string;
                        };
                    } | {
                        block: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            from: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            to: string;
                            /**
                             * Format: date-time
                             * @description Kept when given; else the stored edge keeps its own (now when new)
                             */
                            since?: string;
                        };
                    } | {
                        mute: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            from: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            to: string;
                            /**
                             * Format: date-time
                             * @description Kept when given; else the stored edge keeps its own (now when new)
                             */
                            since?: string;
                            /** @description When the mute ends; absent or null: for ever */
                            until?: string | null;
                        };
                    } | {
                        /** @description A list, as PUT /v1/users/{owner}/lists/{id} (an omitted description is "") */
                        list: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            id: string;
                            /** @description Display name, 1-64 characters */
                            name: string;
                            /** @description curation: a reading list or starter pack; moderation: a shared block or mute list others subscribe to. Fixed at creation */
                            purpose: "curation" | "moderation";
                            /** @description Free text, 0-300 characters */
                            description?: string;
                            /**
                             * Format: date-time
                             * @description When the list was created: kept when given; else now on creation
                             */
                            createdAt?: string;
                        };
                    } | {
                        /** @description A member of owner/list */
                        member: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            list: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            member: string;
                            /**
                             * Format: date-time
                             * @description When the member was added: kept when given; else now on creation
                             */
                            since?: string;
                        };
                    } | {
                        /** @description user's subscription to the moderation list owner/list */
                        listBlock: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            user: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            list: string;
                            /**
                             * Format: date-time
                             * @description When the subscription began: kept when given; else now on creation
                             */
                            since?: string;
                        };
                    } | {
                        /** @description user's subscription to the moderation list owner/list */
                        listMute: {
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            user: string;
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            owner: string;
                            /** @description A list's id, chosen by its owner: 1-64 of [A-Za-z0-9_-], unique per owner */
                            list: string;
                            /**
                             * Format: date-time
                             * @description When the subscription began: kept when given; else now on creation
                             */
                            since?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        "Graph-Bookmark": components["headers"]["GraphBookmark"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description User lines applied (created, updated or already so) */
                            users: number;
                            /** @description Follow lines applied */
                            follows: number;
                            /** @description Request lines applied (as REQUESTED, or FOLLOWS to a public user) */
                            requests: number;
                            /** @description Block lines applied */
                            blocks: number;
                            /** @description Mute lines applied */
                            mutes: number;
                            /** @description List lines applied (created, updated or already so) */
                            lists: number;
                            /** @description Member lines applied */
                            members: number;
                            /** @description listBlock lines applied (block subscriptions) */
                            listBlocks: number;
                            /** @description listMute lines applied (mute subscriptions) */
                            listMutes: number;
                            /** @description Refused lines in line order (the first 10,000) */
                            rejected: {
                                /** @description Line number in the body, counted from 1 */
                                line: number;
                                /** @description VALIDATION, SELF_RELATION, USER_NOT_FOUND, USERNAME_TAKEN, BLOCKED_BY_TARGET, UNBLOCK_FIRST, LIST_NOT_FOUND, PURPOSE_FIXED, NOT_A_MODERATION_LIST */
                                code: string;
                                message: string;
                            }[];
                            /** @description All refused lines (rejected lists at most 10,000 of them) */
                            rejectedCount: number;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed, oldest first
         * @description Every follow, unfollow, request, accept, reject, follower removal, block, unblock, mute, unmute and user create/update/delete, oldest first; `limit` 1..1000 (default 100). `next` is never null: resume with ?after=<next> (it equals `after` when nothing is new). Consistency: each change is written by the transaction that makes it and stamped with the database's clock by its last statement. Transactions can commit out of order, so the feed holds back its newest CHANGES_LAG_MS (default 3000 ms), and never serves past the start of the oldest transaction still open (a change is stamped no earlier than its transaction's start): only changes before that horizon are served, in (at, id) order. A reader that resumes from `next` therefore never misses a change and never sees one twice, even when a long bulk import batch commits late; a long-open transaction (e.g. an export stream) only delays the feed. Changes of one transaction share their `at`. Retention: changes older than CHANGES_RETENTION_DAYS (default 7) are pruned every 10 minutes; without `after` the feed starts at the oldest change kept; a cursor behind a change that retention deleted is 410 CURSOR_EXPIRED (the reader missed changes: re-sync from an export, then start at /v1/changes/latest); a quiet feed never expires a cursor. Cursors are opaque and signed with CURSOR_SECRET (a cursor signed with CURSOR_SECRET_PREVIOUS is still accepted while a key is rotated): an altered one, or one made with another key, is 400 INVALID_CURSOR. The feed is read from the writer (the cluster leader), which sees every open transaction. graph:admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque, tamper-evident feed position (a next value) */
                    after?: string;
                    limit?: number;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Oldest first */
                            items: {
                                /** @description Resume after this change with ?after=<cursor> */
                                cursor: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC with milliseconds
                                 */
                                at: string;
                                /** @description What happened: user.* (actor = the user, target null) or actor did it to target. List events: list.created / list.deleted (actor the owner, target the list), list.member.added / list.member.removed (actor the owner, target the member), list.block / list.unblock / list.mute / list.unmute (actor the subscriber, target the list); a list is named "owner/list", and every list event also names it in `list` */
                                type: "user.created" | "user.updated" | "user.deleted" | "follow" | "unfollow" | "follow.requested" | "follow.accepted" | "follow.rejected" | "follower.removed" | "block" | "unblock" | "mute" | "unmute" | "list.created" | "list.deleted" | "list.member.added" | "list.member.removed" | "list.block" | "list.unblock" | "list.mute" | "list.unmute";
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                actor: string;
                                /** @description A user id, or a list as "owner/list" (list events) */
                                target: string | null;
                                /** @description List events only: the list, as "owner/list" */
                                list?: string;
                            }[];
                            /** @description Where to resume: the last item's cursor, or `after` itself when nothing is new. Never null. */
                            next: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The feed's current end
         * @description A cursor after every change readable now: start a reader here to see only what comes next. Consistency: each change is written by the transaction that makes it and stamped with the database's clock by its last statement. Transactions can commit out of order, so the feed holds back its newest CHANGES_LAG_MS (default 3000 ms), and never serves past the start of the oldest transaction still open (a change is stamped no earlier than its transaction's start): only changes before that horizon are served, in (at, id) order. A reader that resumes from `next` therefore never misses a change and never sees one twice, even when a long bulk import batch commits late; a long-open transaction (e.g. an export stream) only delays the feed. Changes of one transaction share their `at`. Retention: changes older than CHANGES_RETENTION_DAYS (default 7) are pruned every 10 minutes; without `after` the feed starts at the oldest change kept; a cursor behind a change that retention deleted is 410 CURSOR_EXPIRED (the reader missed changes: re-sync from an export, then start at /v1/changes/latest); a quiet feed never expires a cursor. Cursors are opaque and signed with CURSOR_SECRET (a cursor signed with CURSOR_SECRET_PREVIOUS is still accepted while a key is rotated): an altered one, or one made with another key, is 400 INVALID_CURSOR. The feed is read from the writer (the cluster leader), which sees every open transaction. graph:admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The feed's current end: read from here to see only what comes next */
                            next: string;
                        };
                    };
                };
                /** @description INVALID_BOOKMARK: a malformed Graph-Bookmark */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/changes/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed as an NDJSON stream
         * @description The same entries as GET /v1/changes ({cursor, at, type, actor, target}, one a line) after `after` (or from the oldest kept). Without `follow` the stream ends at the feed's current end; with follow=true it stays open and sends each change as it becomes readable (polled every second), until the client disconnects or STREAM_IDLE_TIMEOUT_MS (default 60 s) pass without a change: the stream then ends, and the client resumes. A client that reads nothing for that long is cut off (its database transaction is released). Resume a broken stream with the last line's cursor. Consistency: each change is written by the transaction that makes it and stamped with the database's clock by its last statement. Transactions can commit out of order, so the feed holds back its newest CHANGES_LAG_MS (default 3000 ms), and never serves past the start of the oldest transaction still open (a change is stamped no earlier than its transaction's start): only changes before that horizon are served, in (at, id) order. A reader that resumes from `next` therefore never misses a change and never sees one twice, even when a long bulk import batch commits late; a long-open transaction (e.g. an export stream) only delays the feed. Changes of one transaction share their `at`. Retention: changes older than CHANGES_RETENTION_DAYS (default 7) are pruned every 10 minutes; without `after` the feed starts at the oldest change kept; a cursor behind a change that retention deleted is 410 CURSOR_EXPIRED (the reader missed changes: re-sync from an export, then start at /v1/changes/latest); a quiet feed never expires a cursor. Cursors are opaque and signed with CURSOR_SECRET (a cursor signed with CURSOR_SECRET_PREVIOUS is still accepted while a key is rotated): an altered one, or one made with another key, is 400 INVALID_CURSOR. The feed is read from the writer (the cluster leader), which sees every open transaction. graph:admin.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Opaque, tamper-evident feed position (a next value) */
                    after?: string;
                    /** @description Keep the stream open and send new changes as they become readable */
                    follow?: boolean;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description NDJSON, one change a line */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": {
                            /** @description Resume after this change with ?after=<cursor> */
                            cursor: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC with milliseconds
                             */
                            at: string;
                            /** @description What happened: user.* (actor = the user, target null) or actor did it to target. List events: list.created / list.deleted (actor the owner, target the list), list.member.added / list.member.removed (actor the owner, target the member), list.block / list.unblock / list.mute / list.unmute (actor the subscriber, target the list); a list is named "owner/list", and every list event also names it in `list` */
                            type: "user.created" | "user.updated" | "user.deleted" | "follow" | "unfollow" | "follow.requested" | "follow.accepted" | "follow.rejected" | "follower.removed" | "block" | "unblock" | "mute" | "unmute" | "list.created" | "list.deleted" | "list.member.added" | "list.member.removed" | "list.block" | "list.unblock" | "list.mute" | "list.unmute";
                            /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                            actor: string;
                            /** @description A user id, or a list as "owner/list" (list events) */
                            target: string | null;
                            /** @description List events only: the list, as "owner/list" */
                            list?: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who to follow: precomputed (candidates from several generators, ranked by a model trained on the graph), then friends of friends, then popular users; each says why
         * @description First the candidates the precompute stored for id (`follow-graph precompute-suggestions`: candidates from friends of friends, Adamic-Adar, resource allocation, random-walk personalized PageRank, popularity and id's followers, ranked by a logistic regression trained on the graph's own newest follows, or by the single generator that beat it on held-out follows: GET /v1/ops/suggestions says which; RECOMMENDATIONS.md), best first, `score` relative to the best (1). Then, when fewer than `limit` remain (no precompute yet, GDS absent, a new user): friends of friends, the users followed by the users id follows, sampled with bounded work: the 100 accounts id followed most recently (followings in a block relation with id are skipped), and of each the 50 accounts it followed most recently, so at most 5000 edges are read whatever the degrees; ranked by mutualCount, ties by follower count (degree store), then id; `score` = mutualCount / sampled followings. mutualCount and `via` (up to 3 of the sampled followings that follow the candidate, most recently followed first) are the same for both; a precomputed via still followed by id and still following the candidate; a user who hides its network is named in via only to service tokens. Only follows the reader may see count (API.md v1.2: a follow is visible when the reader may read the follower's following or the followed account's followers; a service token sees every follow): friends of friends walk a following's follows only where they are visible, and the precompute draws only on follows everyone may see, with list blocks and list mutes checked when read. Never suggested, checked when read (so a follow, request, block or mute made a moment ago counts): id itself, users id follows or has requested, users in a block relation with id (either way, directly or through a block list), users id mutes (unexpired, or through a mute list; never users who mute id), users with `discoverable: false`. Then the most-followed users id can still be suggested (by public follower count; users who hide their network are not ranked) fill the list (score 0, mutualCount 0, via []), taken from the 500 most-followed users, computed at most once a minute per instance. `why` says why each is suggested, in words a client can show: "followed by alice, bob and 3 others you follow" (the via users the reader may see named, by username, and how many more of the sampled followings follow it), "follows you" (by a follow the reader may see), else "popular" (among the most-followed users) or "in your wider network". `limit` 1..100, default 20. Own view: the user itself or a service token.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /** @description Precomputed: relative to the best candidate (1); friends of friends: mutualCount / the number of sampled followings; 0 for popular fill-ins */
                                score: number;
                                /** @description How many of the sampled followings follow this user */
                                mutualCount: number;
                                /** @description Up to 3 of those followings, most recently followed first */
                                via: string[];
                                /** @description Why it is suggested, strongest first: followed-by and follows-you when they hold (both may), else network or popular. Under the reader view (API.md v1.2): only follows the reader may see count, only users the reader may see named are named (the others are counted), and never a user in a block relation with the user */
                                why: {
                                    /** @description followed-by: users the reader follows follow it; follows-you: it follows the user; network: reached through the follow graph further out; popular: among the most-followed users */
                                    kind: "followed-by" | "follows-you" | "network" | "popular";
                                    /** @description The reason in words a client can show: "followed by alice, bob and 3 others you follow", "followed by 2 people you follow", "follows you", "in your wider network", "popular" */
                                    text: string;
                                    /** @description followed-by: the users named in text, in that order (those of via the reader may see named); empty otherwise */
                                    users: string[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Similar accounts: people who follow id also follow these
         * @description Accounts whose followers most overlap id's followers, best first. Estimated with bounded work from the follows the reader may see (API.md v1.2: a follow is visible when the reader may read the follower's following or the followed account's followers): id's 50 newest followers (those in a block relation with id skipped) and the 20 accounts each followed most recently by a visible follow; the overlap seen is scaled to id's follower count, and `score` is the Jaccard index of the two follower sets (0..1) from the public counts (a candidate that hides its network: as if all its followers were shared). Precomputed for every user by `follow-graph precompute-suggestions` from the follows everyone may see; computed for the reader when asked for a user the precompute has not seen. Never id itself or a user with `discoverable: false`. Viewer-aware: with a user token, the reader, users it follows or has requested, users in a block relation with it (either way) and users it mutes are left out (never users who mute it), checked when read. Access: as id's followers (a private account: itself, its followers and service tokens, else 403 PRIVATE_ACCOUNT; a hidden network: itself and service tokens, else 403 HIDDEN_NETWORK). `limit` 1..100, default 20.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path: {
                    /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description A user's id, chosen by the caller: 1-64 of [A-Za-z0-9_-] */
                                id: string;
                                /** @description Unique case-insensitively; stored as given: 1-24 of [A-Za-z0-9_] */
                                username: string;
                                /** @description Display name, 0-65 characters */
                                name: string;
                                /** @description Overlap of the two accounts' followers (Jaccard, estimated from samples): 1 = the same followers */
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ops/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The suggestion model: what serves, its features and weights, its held-out evaluation, when trained
         * @description `follow-graph precompute-suggestions` holds out each user's newest follows (by their times; a seeded random share when the follows have none), generates candidates on the rest (friends of friends, Adamic-Adar, resource allocation, random-walk personalized PageRank, popularity), learns a logistic regression over their features on half of a sample of users, and scores it and every single generator on the other half (hit@20, recall@20, nDCG@20). The ranker serves only if its hit@20 there beats the best single generator's; else that generator serves. Only follows everyone may see are read (API.md v1.2). `model` is null before the first precompute. graph:admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
                    "Graph-Bookmark"?: components["parameters"]["GraphBookmark"];
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null until `follow-graph precompute-suggestions` has run */
                            model: {
                                /** @description A single candidate generator ranking by its own score, or the ranker (logistic regression over every generator's features) */
                                method: "friends-of-friends" | "adamic-adar" | "resource-allocation" | "random-walks" | "popularity" | "ranker";
                                /** @description The ranker's features, in the order of weights, means and stds */
                                features: string[];
                                weights: number[];
                                bias: number;
                                means: number[];
                                stds: number[];
                                /** @description Every method on the held-out users the ranker did not learn from, best first */
                                evaluation: {
                                    /** @description A single candidate generator ranking by its own score, or the ranker (logistic regression over every generator's features) */
                                    method: "friends-of-friends" | "adamic-adar" | "resource-allocation" | "random-walks" | "popularity" | "ranker";
                                    /** @description hit@20: share of the held-out users with a held-out follow among their first 20 */
                                    hit: number;
                                    /** @description recall@20: share of a user's held-out follows among its first 20, averaged */
                                    recall: number;
                                    /** @description nDCG@20, averaged */
                                    ndcg: number;
                                }[];
                                /** @description Each user's newest follows held out, or a seeded random share when the follows have no times */
                                heldOutBy: "time" | "random";
                                heldOutShare: number;
                                trainUsers: number;
                                evalUsers: number;
                                /** @description Candidates the ranker learnt from (every followed one, a sample of the others) */
                                trainRows: number;
                                /** Format: date-time */
                                trainedAt: string;
                            } | null;
                        };
                    };
                };
                /** @description INVALID_BOOKMARK: a malformed Graph-Bookmark */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description Every 4xx and 5xx answer */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
                /** @description OVERLOADED: more requests are in flight than the service works on at once (MAX_IN_FLIGHT); nothing was done, retry after Retry-After seconds. Also DATABASE_UNAVAILABLE, DATABASE_BUSY or BOOKMARK_TIMEOUT. */
                503: {
                    headers: {
                        "Retry-After": components["headers"]["RetryAfter"];
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            statusCode: number;
                            /** @description Stable UPPER_SNAKE machine code, e.g. USER_NOT_FOUND, VALIDATION */
                            code: string;
                            error: string;
                            message: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: {
        /** @description Causal consistency across service instances and cluster members: bookmarks answered by earlier writes (Graph-Bookmark response header), one or more, comma-separated. The request sees at least those writes, whichever cluster member answers it: 503 BOOKMARK_TIMEOUT if that member cannot catch up within 5 s, 400 INVALID_BOOKMARK if a bookmark is malformed (each is "FB:" and base64, as Neo4j answers it) or refused by the database. Reads within one service instance follow its own writes without it. */
        GraphBookmark: string;
    };
    requestBodies: never;
    headers: {
        /** @description The bookmark(s) of the writes this request committed: send them as Graph-Bookmark to read them back anywhere */
        GraphBookmark: string;
        /** @description Seconds to wait before trying again */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
