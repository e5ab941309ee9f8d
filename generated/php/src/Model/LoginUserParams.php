<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Model;

use CloudPbx\CallApi\Internal\Reading;

/**
 * Exchange a user login and password for a temporary session key.
 *
 * The parameters of `login.user`: pass it to `Client::loginUser()`.
 */
final readonly class LoginUserParams
{
    public function __construct(
        /**
         * Login of the account user.
         */
        #[\SensitiveParameter]
        public string $login,
        /**
         * Password of the account user.
         */
        #[\SensitiveParameter]
        public string $password,
    ) {
    }

    /**
     * The value read from its wire form at `$path`.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data, string $path, Reading $r): self
    {
        return new self(
            login: $r->string(($data['login'] ?? null), $path . '.login', false),
            password: $r->string(($data['password'] ?? null), $path . '.password', false),
        );
    }

    /**
     * The wire form; a value left out (null) is not sent.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        return Reading::compact(
            [
                'login' => $this->login,
                'password' => $this->password,
            ],
            [],
        );
    }

    /**
     * What var_dump() and print_r() show: credentials masked.
     *
     * @return array<string, mixed>
     */
    public function __debugInfo(): array
    {
        return [...get_object_vars($this), 'login' => '***', 'password' => '***'];
    }
}
