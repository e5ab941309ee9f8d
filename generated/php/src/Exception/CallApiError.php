<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

/**
 * Base of every error of this SDK: catching it catches whatever a call can throw.
 *
 *     CallApiError                      anything below
 *     ├── MissingCredentialsError       no access token, login or password (arguments or environment)
 *     ├── ClientClosedError             the client was closed
 *     ├── TransportError                no answer: connection failed, timed out, broke off
 *     │   ├── RequestTimeoutError       no answer within the call's deadline
 *     │   └── AmbiguousOutcomeError     a call-acting request may have been executed; not re-sent
 *     ├── ProtocolError                 an answer that is not a valid JSON-RPC answer to the request
 *     └── ApiError                      the server answered with a JSON-RPC error
 *         ├── InvalidJsonError             -32700
 *         ├── RequestValidationError       -32600
 *         ├── MethodError                  -32601
 *         ├── InvalidParamsError           -32602
 *         ├── InternalServerError          -32603
 *         ├── AuthenticationError          -32001
 *         ├── CallRestrictedError          -32002
 *         ├── AccessDeniedError            -32003
 *         ├── CallStateError               -32004
 *         ├── VirtualNumberError           -32007
 *         ├── ComponentError               -32008
 *         ├── AccountError                 -32009
 *         ├── LimitError                   -32029
 *         └── UnsupportedFeatureError      -32099
 *
 * A mnemonic's class extends its code's group class. A mnemonic the server sends under several
 * codes is an interface (catch it to catch them all) with one class per code, which extends that
 * code's group class.
 */
class CallApiError extends \RuntimeException
{
}
