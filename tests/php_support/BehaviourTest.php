<?php

// The client's rules against the test's server; tests/test_php.py runs one test at a time after
// queuing its answers (BEHAVIOUR there, same name) and checks the requests that arrived.

declare(strict_types=1);

use CloudPbx\CallApi\Client;
use CloudPbx\CallApi\Enum\Direction;
use CloudPbx\CallApi\Enum\Mnemonic;
use CloudPbx\CallApi\Enum\StartSimpleCallFirstCall;
use CloudPbx\CallApi\Exception\AccessTokenInvalidError;
use CloudPbx\CallApi\Exception\AmbiguousOutcomeError;
use CloudPbx\CallApi\Exception\CallApiError;
use CloudPbx\CallApi\Exception\ClientClosedError;
use CloudPbx\CallApi\Exception\LimitExceededError;
use CloudPbx\CallApi\Exception\MissingCredentialsError;
use CloudPbx\CallApi\Exception\ProtocolError;
use CloudPbx\CallApi\Exception\RequestTimeoutError;
use CloudPbx\CallApi\Exception\TransportError;
use CloudPbx\CallApi\Model\HoldCallParams;
use CloudPbx\CallApi\Model\ListCallsParams;
use CloudPbx\CallApi\Model\LoginUserParams;
use CloudPbx\CallApi\Model\Message;
use CloudPbx\CallApi\Enum\MessageType;
use CloudPbx\CallApi\Model\StartSimpleCallParams;
use CloudPbx\CallApi\Model\SuccessResult;
use CloudPbx\CallApi\RawResponse;
use CloudPbx\CallApi\RequestOptions;
use CloudPbx\CallApi\ResultList;
use PHPUnit\Framework\TestCase;

final class BehaviourTest extends TestCase
{
    private static function url(): string
    {
        return (string) getenv('CALLAPI_PHP_URL');
    }

    private static function hold(): HoldCallParams
    {
        return new HoldCallParams(callSessionId: 1, contactMessage: new Message(type: MessageType::Tts, value: 'hi'));
    }

    private static function start(): StartSimpleCallParams
    {
        return new StartSimpleCallParams(
            firstCall: StartSimpleCallFirstCall::Operator,
            virtualPhoneNumber: '74993720692',
            contact: '79260000000',
            operator: '79262444491',
            externalId: 'order-42',
        );
    }

    public function testSessionLogsInRenewsOnceAndLogsOut(): void
    {
        $client = new Client(login: 'user', password: 'pass-word-1', baseUrl: self::url(), maxRetries: 0);
        self::assertTrue($client->holdCall(self::hold())->success);
        // the key is refused once: a new login, then the same call again
        self::assertTrue($client->holdCall(self::hold())->success);
        $client->close();
        $client->close();
        $this->expectException(ClientClosedError::class);
        $client->holdCall(self::hold());
    }

    public function testLimitExceededCarriesRetryAfterAndWaitsWhenAllowed(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 0);
        try {
            $client->holdCall(self::hold());
            self::fail('no exception');
        } catch (LimitExceededError $e) {
            self::assertSame(7.0, $e->retryAfter); // the minute limit is the one used up
            self::assertSame(0, $e->metadata?->limits?->minuteRemaining);
        }
        $waiting = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 0, waitOnLimit: 1.0);
        self::assertTrue($waiting->holdCall(self::hold())->success);
        self::assertSame(0, $waiting->lastMetadata()?->limits?->minuteRemaining);
    }

    public function testCallActingMethodIsNeverSentTwice(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 5);
        try {
            $client->holdCall(self::hold());
            self::fail('no exception');
        } catch (AmbiguousOutcomeError $e) {
            self::assertSame('hold.call', $e->method);
            self::assertNull($e->externalId);
            self::assertStringContainsString('list.calls', $e->getMessage());
        }
        try {
            $client->startSimpleCall(self::start());
            self::fail('no exception');
        } catch (AmbiguousOutcomeError $e) {
            self::assertSame('order-42', $e->externalId);
            self::assertInstanceOf(TransportError::class, $e);
        }
    }

    public function testSafeMethodIsRetriedOnBusyGateway(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 1);
        self::assertCount(0, $client->listCalls(new ListCallsParams()));
    }

    public function testTimeoutAfterSendingIsAmbiguousForCallActingMethods(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), timeout: 0.3, maxRetries: 0);
        try {
            $client->holdCall(self::hold());
            self::fail('no exception');
        } catch (AmbiguousOutcomeError $e) {
            self::assertStringContainsString('timeout', $e->getMessage());
        }
        $this->expectException(RequestTimeoutError::class);
        $client->listCalls(new ListCallsParams(), new RequestOptions(timeout: 0.3));
    }

    public function testMalformedAnswersAreProtocolErrors(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 0);
        $expected = ['is not JSON', 'request\'s id', 'jsonrpc', 'both result and error', 'result.data.success', 'missing', 'is not JSON'];
        foreach ($expected as $problem) {
            try {
                $client->holdCall(self::hold());
                self::fail("no exception for {$problem}");
            } catch (ProtocolError $e) {
                self::assertStringContainsString($problem, $e->getMessage());
                self::assertSame('hold.call', $e->method);
            }
        }
    }

    public function testSecretsNeverShow(): void
    {
        $client = new Client(accessToken: 'the-secret-token', baseUrl: self::url(), maxRetries: 0);
        $seen = [];
        foreach ([0, 1] as $_) {
            try {
                $client->holdCall(self::hold());
                self::fail('no exception');
            } catch (CallApiError $e) {
                $seen[] = $e;
            }
        }
        self::assertInstanceOf(AccessTokenInvalidError::class, $seen[0]);
        self::assertSame('***', $seen[0]->value);
        self::assertInstanceOf(ProtocolError::class, $seen[1]);
        $login = new LoginUserParams(login: 'user', password: 'pass-word-1');
        ob_start();
        var_dump($client, $seen, $login);
        print_r($client);
        $dumped = ob_get_clean() . implode("\n", array_map('strval', $seen));
        foreach ($seen as $e) {
            $dumped .= $e->getTraceAsString();
        }
        self::assertStringNotContainsString('the-secret-token', $dumped);
        self::assertStringNotContainsString('pass-word-1', $dumped);
        self::assertStringContainsString('***', $dumped);
    }

    public function testUnknownValuesAreKeptAndReported(): void
    {
        $told = [];
        $client = new Client(
            accessToken: 't0ken',
            baseUrl: self::url(),
            maxRetries: 0,
            logger: static function (string $line) use (&$told): void {
                $told[] = $line;
            },
        );
        $deprecations = [];
        set_error_handler(static function (int $level, string $message) use (&$deprecations): bool {
            $deprecations[] = $message;
            return true;
        }, E_USER_DEPRECATED);
        try {
            $options = $client->listTalkOptions();
        } finally {
            restore_error_handler();
        }
        self::assertSame('brand_new_option', $options[0]->mnemonic);
        self::assertNotInstanceOf(Mnemonic::class, $options[0]->mnemonic);
        self::assertNull($options[0]->buttonValue);
        self::assertStringContainsString('brand_new_option', implode("\n", $told));
        self::assertTrue($options->metadata?->apiVersion?->currentVersionDepricated);
        self::assertSame(990, $client->lastMetadata()?->limits?->dayRemaining);
        self::assertCount(1, $deprecations);
    }

    public function testExtraParamsAndOptions(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 0, defaultHeaders: ['X-Trace' => 'abc']);
        $extra = new RequestOptions(extraParams: ['brand_new' => [1, ['a' => null]]]);
        $client->listCalls(new ListCallsParams(direction: Direction::In), $extra);
        try {
            $client->listCalls(new ListCallsParams(direction: Direction::In), new RequestOptions(extraParams: ['direction' => 'out']));
            self::fail('no exception');
        } catch (InvalidArgumentException $e) {
            self::assertStringContainsString("'direction'", $e->getMessage());
        }
        self::assertCount(0, $client->listCalls(new ListCallsParams()));
    }

    public function testWithOptionsCopiesShareTheSession(): void
    {
        $client = new Client(
            login: 'user',
            password: 'pass-word-1',
            baseUrl: self::url(),
            maxRetries: 0,
            defaultHeaders: ['X-Origin' => 'a'],
        );
        $copy = $client->withOptions(timeout: 5.0, defaultHeaders: ['X-Copy' => 'b']);
        self::assertTrue($copy->holdCall(self::hold())->success); // logs in for both
        self::assertSame(990, $client->lastMetadata()?->limits?->dayRemaining); // what the copy learnt
        self::assertTrue($client->holdCall(self::hold())->success); // the same session: no second login
        $copy->close(); // a copy leaves the session to its original
        self::assertTrue($copy->holdCall(self::hold())->success);
        $client->close(); // logs out; the copy is closed with it
        $this->expectException(ClientClosedError::class);
        $copy->holdCall(self::hold());
    }

    public function testWithOptionsSettingsAreTheCopys(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 1);
        try {
            $client->withOptions(maxRetries: 0)->listCalls(new ListCallsParams()); // 503: no re-send
            self::fail('no exception');
        } catch (TransportError $e) {
            self::assertStringContainsString('503', $e->getMessage());
        }
        self::assertCount(0, $client->listCalls(new ListCallsParams())); // 503, then the re-send is answered
    }

    public function testRawResponseGivesTheHttpSideAndParses(): void
    {
        $client = new Client(accessToken: 'the-secret-token', baseUrl: self::url(), maxRetries: 0);
        $raw = $client->withRawResponse()->holdCall(self::hold());
        self::assertInstanceOf(RawResponse::class, $raw);
        self::assertSame(200, $raw->status);
        self::assertSame('yes', $raw->headers['x-answer'] ?? null);
        self::assertSame($raw->requestId, $raw->json['id']);
        self::assertTrue($raw->json['result']['data']['success']);
        $result = $raw->parse();
        self::assertInstanceOf(SuccessResult::class, $result); // the class hold.call shares
        self::assertTrue($result->success);
        self::assertSame(990, $result->metadata?->limits?->dayRemaining);
        self::assertSame(990, $client->lastMetadata()?->limits?->dayRemaining);

        // an error answer is an answer too: parse() throws its class; credentials stay masked
        $raw = $client->withRawResponse()->holdCall(self::hold());
        self::assertSame(-32029, $raw->json['error']['code']);
        self::assertSame('the key *** is bad', $raw->json['error']['message']);
        try {
            $raw->parse();
            self::fail('no exception');
        } catch (LimitExceededError $e) {
            self::assertSame($raw->requestId, $e->requestId);
        }

        $listed = $client->withRawResponse()->listCalls(new ListCallsParams());
        self::assertInstanceOf(ResultList::class, $listed->parse());
        self::assertCount(0, $listed->parse());

        // no answer to a call-acting method: thrown, and never re-sent, as without withRawResponse()
        $this->expectException(AmbiguousOutcomeError::class);
        $client->withRawResponse()->startSimpleCall(self::start());
    }

    public function testRetryAfterIsHonouredWithinTheDeadline(): void
    {
        $client = new Client(accessToken: 't0ken', baseUrl: self::url(), maxRetries: 1);
        // 503 + Retry-After: 1 on a safe method: re-sent after the server's pause, not the backoff (< 0.5 s)
        $start = microtime(true);
        self::assertCount(0, $client->listCalls(new ListCallsParams()));
        self::assertGreaterThanOrEqual(1.0, microtime(true) - $start);
        // 429: the gateway refused the request unexecuted, so even a call-acting method is re-sent
        $start = microtime(true);
        self::assertTrue($client->holdCall(self::hold())->success);
        self::assertGreaterThanOrEqual(1.0, microtime(true) - $start);
        // a Retry-After that cannot be read falls back to the backoff (at least 0.375 s), not to no pause
        $start = microtime(true);
        self::assertCount(0, $client->listCalls(new ListCallsParams()));
        self::assertGreaterThanOrEqual(0.375, microtime(true) - $start);
        // a pause past the deadline (an HTTP date far ahead) is not taken: the call fails at once
        $short = $client->withOptions(timeout: 3.0);
        $start = microtime(true);
        try {
            $short->listCalls(new ListCallsParams());
            self::fail('no exception');
        } catch (TransportError $e) {
            self::assertStringContainsString('HTTP 503', $e->getMessage());
        }
        self::assertLessThan(3.0, microtime(true) - $start);
    }

    public function testClientRules(): void
    {
        try {
            new Client(accessToken: 't', brand: 'nobody');
            self::fail('no exception');
        } catch (InvalidArgumentException $e) {
            self::assertStringContainsString('uis', $e->getMessage());
        }
        $client = new Client(baseUrl: self::url());
        $this->expectException(MissingCredentialsError::class);
        $client->holdCall(self::hold());
    }
}
