<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Internal;

/**
 * Reads answer values into their documented PHP types, with the leniencies the API needs: the
 * strings "true" and "false" where a boolean is documented, integers where a number is, an
 * optional or nullable value may be absent, and an allowed value the spec does not list is kept as
 * a string and reported (the API grew) rather than refused. Anything else that does not fit
 * throws Misfit naming the place.
 *
 * @internal
 */
final class Reading
{
    /** @param (\Closure(string): void)|null $warn told about unknown allowed values */
    public function __construct(private readonly ?\Closure $warn = null)
    {
    }

    public function string(mixed $value, string $path, bool $optional): ?string
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        return is_string($value) ? $value : $this->misfit($value, $path, 'string');
    }

    public function int(mixed $value, string $path, bool $optional): ?int
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        return is_int($value) ? $value : $this->misfit($value, $path, 'integer');
    }

    public function number(mixed $value, string $path, bool $optional): int|float|null
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        return is_int($value) || is_float($value) ? $value : $this->misfit($value, $path, 'number');
    }

    public function bool(mixed $value, string $path, bool $optional): ?bool
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        return match ($value) {
            true, 'true' => true,
            false, 'false' => false,
            default => $this->misfit($value, $path, 'boolean'),
        };
    }

    /**
     * @template T of \BackedEnum
     * @param class-string<T> $enum
     * @return T|string|int|null
     */
    public function enum(mixed $value, string $path, bool $optional, string $enum): \BackedEnum|string|int|null
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        if (!is_string($value) && !is_int($value)) {
            return $this->misfit($value, $path, 'string or integer');
        }
        $known = $enum::tryFrom($value);
        if ($known === null && $this->warn !== null) {
            ($this->warn)("{$path} is " . json_encode($value) . ', a value the SDK does not know; kept as it is');
        }
        return $known ?? $value;
    }

    /** @return array<string, mixed>|null */
    public function object(mixed $value, string $path, bool $optional): ?array
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        $isObject = is_array($value) && ($value === [] || !array_is_list($value));
        return $isObject ? $value : $this->misfit($value, $path, 'object');
    }

    /**
     * @template T
     * @param class-string<T> $model
     * @return T|null
     */
    public function model(mixed $value, string $path, bool $optional, string $model): ?object
    {
        $data = $this->object($value, $path, $optional);
        return $data === null ? null : $model::fromArray($data, $path, $this);
    }

    /**
     * @param (\Closure(mixed, string): mixed)|null $item reads one element
     * @return list<mixed>|null
     */
    public function list(mixed $value, string $path, bool $optional, ?\Closure $item = null): ?array
    {
        if ($this->absent($value, $path, $optional)) {
            return null;
        }
        if (!is_array($value) || !array_is_list($value)) {
            return $this->misfit($value, $path, 'array');
        }
        if ($item === null) {
            return $value;
        }
        $read = [];
        foreach ($value as $i => $element) {
            $read[] = $item($element, "{$path}[{$i}]");
        }
        return $read;
    }

    /** The wire value of an allowed value: an enum's backing value, or the unknown value kept as it came. */
    public static function wire(mixed $value): mixed
    {
        return $value instanceof \BackedEnum ? $value->value : $value;
    }

    /**
     * A wire object without the values left out: nulls, except under the keys that may be null.
     *
     * @param array<string, mixed> $wire
     * @param list<string> $nullable
     * @return array<string, mixed>
     */
    public static function compact(array $wire, array $nullable): array
    {
        return array_filter(
            $wire,
            static fn (mixed $value, string $key): bool => $value !== null || in_array($key, $nullable, true),
            ARRAY_FILTER_USE_BOTH,
        );
    }

    private function absent(mixed $value, string $path, bool $optional): bool
    {
        if ($value !== null) {
            return false;
        }
        if ($optional) {
            return true;
        }
        throw new Misfit("{$path} is missing or null");
    }

    private function misfit(mixed $value, string $path, string $expected): never
    {
        throw new Misfit("{$path} is " . get_debug_type($value) . ", expected {$expected}");
    }
}
