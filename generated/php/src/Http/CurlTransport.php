<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Http;

/**
 * HTTP through ext-curl: one handle kept for the client's life (connections are reused), TLS
 * verified, gzip accepted, answers larger than `maxBody` bytes refused.
 */
final class CurlTransport implements HttpTransport
{
    private ?\CurlHandle $handle = null;

    public function __construct(private readonly int $maxBody = 16 * 1024 * 1024)
    {
    }

    public function post(
        string $url,
        #[\SensitiveParameter] array $headers,
        #[\SensitiveParameter] string $body,
        float $timeout,
    ): HttpResponse {
        $this->handle ??= curl_init();
        $handle = $this->handle;
        curl_reset($handle);
        $received = [];
        $answer = '';
        $lines = ['Expect:']; // no 100-continue round trip
        foreach ($headers as $name => $value) {
            $lines[] = "{$name}: {$value}";
        }
        $ms = max(1, (int) ceil($timeout * 1000));
        curl_setopt_array($handle, [
            CURLOPT_URL => $url,
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => $body,
            CURLOPT_HTTPHEADER => $lines,
            CURLOPT_TIMEOUT_MS => $ms,
            CURLOPT_CONNECTTIMEOUT_MS => $ms,
            CURLOPT_NOSIGNAL => true,
            CURLOPT_ENCODING => '',
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
            CURLOPT_PROTOCOLS => CURLPROTO_HTTP | CURLPROTO_HTTPS,
            CURLOPT_FOLLOWLOCATION => false,
            CURLOPT_HEADERFUNCTION => static function (\CurlHandle $h, string $line) use (&$received): int {
                $parts = explode(':', $line, 2);
                if (count($parts) === 2) {
                    $received[strtolower(trim($parts[0]))] = trim($parts[1]);
                }
                return strlen($line);
            },
            CURLOPT_WRITEFUNCTION => function (\CurlHandle $h, string $chunk) use (&$answer): int {
                $answer .= $chunk;
                // returning less than was given makes curl stop with CURLE_WRITE_ERROR
                return strlen($answer) > $this->maxBody ? 0 : strlen($chunk);
            },
        ]);
        $ok = curl_exec($handle);
        if ($ok === false) {
            $errno = curl_errno($handle);
            $reason = $errno === CURLE_WRITE_ERROR
                ? "the answer is larger than {$this->maxBody} bytes"
                : curl_error($handle);
            // nothing was sent when the connection was never made
            $unconnected = [CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY];
            $sent = curl_getinfo($handle, CURLINFO_REQUEST_SIZE) > 0
                || (!in_array($errno, $unconnected, true) && curl_getinfo($handle, CURLINFO_CONNECT_TIME) > 0);
            throw new TransportFailure($reason, $sent, $errno === CURLE_OPERATION_TIMEDOUT);
        }
        return new HttpResponse((int) curl_getinfo($handle, CURLINFO_RESPONSE_CODE), $received, $answer);
    }

    public function __destruct()
    {
        if ($this->handle !== null) {
            curl_close($this->handle);
        }
    }
}
