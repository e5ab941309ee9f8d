<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Exception;

use CloudPbx\CallApi\Internal\Secrets;
use CloudPbx\CallApi\Model\Limits;
use CloudPbx\CallApi\Model\Metadata;

/**
 * Thrown when the server answers with a JSON-RPC error.
 *
 * getCode() is the error's code and `mnemonic` its name; `serverMessage` is the server's text
 * (getMessage() adds code, mnemonic, method and field); `field`, `value` and `params` come from
 * `error.data` (`value` masked when the field is a credential); `metadata` holds the answer's
 * limits; `requestId` and `method` tell which call failed.
 */
class ApiError extends CallApiError
{
    /** The code this class stands for (null: any). */
    public const DEFAULT_CODE = null;
    /** The mnemonic this class stands for (null: any). */
    public const MNEMONIC = null;
    /** True when the call was refused unexecuted for its session key: log in again and re-send. */
    public const RENEWS_SESSION = false;
    /** True when the call was refused unexecuted for a used-up limit: re-send after `retryAfter`. */
    public const WAITS_FOR_RESET = false;

    public readonly ?string $field;
    public readonly mixed $value;
    /** @var array<string, mixed> */
    public readonly array $params;
    /**
     * Seconds until the used-up points limit resets, for an error that refuses a call for its
     * limits (LimitExceededError); null otherwise or when the answer has no limits.
     */
    public readonly ?float $retryAfter;

    /**
     * @param array<string, mixed> $data the answer's `error.data`
     */
    public function __construct(
        public readonly string $serverMessage,
        int $code,
        public readonly ?string $mnemonic = null,
        public readonly array $data = [],
        public readonly ?Metadata $metadata = null,
        public readonly int|string|null $requestId = null,
        public readonly string $method = '',
    ) {
        $field = $data['field'] ?? null;
        $this->field = is_string($field) ? $field : null;
        $secret = $this->field !== null && Secrets::isSecretName($this->field);
        $this->value = $secret ? Secrets::MASK : ($data['value'] ?? null);
        $params = $data['params'] ?? null;
        $this->params = is_array($params) && !array_is_list($params) ? $params : [];
        $this->retryAfter = static::WAITS_FOR_RESET ? self::retryAfterOf($metadata?->limits) : null;
        $where = $method === '' ? '' : " in {$method}";
        $about = $this->field === null ? '' : " (field {$this->field})";
        $name = $mnemonic === null ? '' : " {$mnemonic}";
        parent::__construct("[{$code}{$name}]{$where}: {$serverMessage}{$about}", $code);
    }

    /** The reset of the limit with nothing left (the later one when both are spent), else the sooner one. */
    private static function retryAfterOf(?Limits $limits): ?float
    {
        if ($limits === null) {
            return null;
        }
        $pairs = [[$limits->minuteRemaining, $limits->minuteReset], [$limits->dayRemaining, $limits->dayReset]];
        $spent = array_filter($pairs, static fn (array $p): bool => $p[0] <= 0);
        $resets = array_map(static fn (array $p): int => $p[1], $spent !== [] ? $spent : $pairs);
        return (float) ($spent !== [] ? max($resets) : min($resets));
    }
}
