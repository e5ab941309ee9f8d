<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Internal;

/**
 * The credentials a client knows (access token, password, session keys it was given): masked in
 * every text the SDK builds, whoever sent them, so no message or dump shows one.
 *
 * @internal
 */
final class Secrets
{
    public const MASK = '***';

    /** Wire names whose values are credentials. */
    private const NAMES = ['access_token', 'login', 'password'];

    /** @var array<string, true> */
    private array $values = [];

    public static function isSecretName(string $field): bool
    {
        $parts = explode('.', $field);
        return in_array($field, self::NAMES, true) || in_array(end($parts), self::NAMES, true);
    }

    public function add(#[\SensitiveParameter] ?string $value): void
    {
        // very short values would mask ordinary words
        if ($value !== null && strlen($value) >= 4) {
            $this->values[$value] = true;
        }
    }

    public function text(#[\SensitiveParameter] string $text): string
    {
        $secrets = array_map('strval', array_keys($this->values));
        return $secrets === [] ? $text : strtr($text, array_fill_keys($secrets, self::MASK));
    }

    /** `value` with every string in it masked (keys too), at any depth. */
    public function value(#[\SensitiveParameter] mixed $value): mixed
    {
        if (is_string($value)) {
            return $this->text($value);
        }
        if (!is_array($value)) {
            return $value;
        }
        $masked = [];
        foreach ($value as $key => $inner) {
            $masked[is_string($key) ? $this->text($key) : $key] = $this->value($inner);
        }
        return $masked;
    }

    /** @return array<string, string> */
    public function __debugInfo(): array
    {
        return ['values' => count($this->values) . ' masked'];
    }
}
