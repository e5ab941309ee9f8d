<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi;

use CloudPbx\CallApi\Model\Metadata;

/**
 * What a listing method returns: its elements, in order, and the answer's metadata.
 *
 * @template T of object
 * @implements \IteratorAggregate<int, T>
 * @implements \ArrayAccess<int, T>
 */
final readonly class ResultList implements \IteratorAggregate, \Countable, \ArrayAccess
{
    /** @param list<T> $items */
    public function __construct(
        public array $items,
        public ?Metadata $metadata = null,
    ) {
    }

    /** @return \ArrayIterator<int, T> */
    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }

    public function offsetExists(mixed $offset): bool
    {
        return isset($this->items[$offset]);
    }

    /** @return T */
    public function offsetGet(mixed $offset): mixed
    {
        return $this->items[$offset] ?? throw new \OutOfRangeException("no element {$offset}");
    }

    public function offsetSet(mixed $offset, mixed $value): never
    {
        throw new \LogicException('a ResultList cannot be changed');
    }

    public function offsetUnset(mixed $offset): never
    {
        throw new \LogicException('a ResultList cannot be changed');
    }
}
