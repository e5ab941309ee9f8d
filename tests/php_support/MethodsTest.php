<?php

// Every method's documented example and every documented error, through the real client against
// the simulator (tests/test_php.py starts one per case or per method, preloaded with what the example
// assumes or with the error forced, gives each case its URL and expected answer, and checks the
// requests that arrived).

declare(strict_types=1);

use CloudPbx\CallApi\Client;
use CloudPbx\CallApi\Exception\ApiError;
use CloudPbx\CallApi\Internal\Reading;
use CloudPbx\CallApi\RequestOptions;
use CloudPbx\CallApi\ResultList;
use PHPUnit\Framework\TestCase;

final class MethodsTest extends TestCase
{
    private const NS = 'CloudPbx\\CallApi\\';

    /** @return iterable<string, array{array<string, mixed>}> */
    public static function cases(): iterable
    {
        $file = (string) getenv('CALLAPI_PHP_CASES');
        foreach (json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR) as $case) {
            yield $case['name'] => [$case];
        }
    }

    /**
     * @dataProvider cases
     * @param array<string, mixed> $case
     */
    public function testCase(array $case): void
    {
        $client = new Client(accessToken: $case['token'], baseUrl: $case['url'], maxRetries: 0);
        $args = [];
        if ($case['paramsClass'] !== null) {
            $class = self::NS . 'Model\\' . $case['paramsClass'];
            $params = $class::fromArray($case['params'], 'params', new Reading());
            self::assertInstanceOf($class, $params);
            $args[] = $params;
        }
        $options = new RequestOptions(extraParams: $case['extraParams']);
        if ($case['error'] === null) {
            $result = $client->{$case['method']}(...$args, options: $options);
            $this->checkResult($case, $result);
            return;
        }
        try {
            $client->{$case['method']}(...$args, options: $options);
            self::fail('no exception');
        } catch (ApiError $e) {
            $this->checkError($case['error'], $case['wire'], $e);
        }
    }

    /** @param array<string, mixed> $case */
    private function checkResult(array $case, object $result): void
    {
        $model = self::NS . 'Model\\' . $case['resultClass'];
        if ($case['isList']) {
            self::assertInstanceOf(ResultList::class, $result);
            self::assertContainsOnlyInstancesOf($model, $result->items);
            $data = array_map(static fn (object $item): array => $item->toArray(), $result->items);
        } else {
            self::assertInstanceOf($model, $result);
            $data = $result->toArray();
        }
        self::assertEquals($case['data'], $data);
        self::assertSame($case['dayRemaining'], $result->metadata?->limits?->dayRemaining);
    }

    /** @param array<string, mixed> $expected */
    private function checkError(array $expected, string $wire, ApiError $e): void
    {
        self::assertSame($expected['raised'], (new ReflectionClass($e))->getShortName());
        self::assertInstanceOf(self::NS . 'Exception\\' . $expected['mnemonicClass'], $e);
        self::assertInstanceOf(self::NS . 'Exception\\' . $expected['groupClass'], $e);
        self::assertSame($expected['code'], $e->getCode());
        self::assertSame($expected['mnemonic'], $e->mnemonic);
        self::assertSame($expected['message'], $e->serverMessage);
        self::assertSame('call_session_id', $e->field);
        self::assertSame('1', $e->value);
        self::assertEquals($expected['params'], $e->params);
        self::assertSame($expected['dayRemaining'], $e->metadata?->limits?->dayRemaining);
        self::assertIsInt($e->requestId);
        self::assertSame($wire, $e->method);
        self::assertStringContainsString("[{$expected['code']} {$expected['mnemonic']}] in {$wire}", $e->getMessage());
    }
}
