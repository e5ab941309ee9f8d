<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi;

/**
 * The client's methods, each returning the whole answer (a RawResponse: HTTP status and headers,
 * the decoded JSON, parse() for the typed result) instead of the result: from
 * `$client->withRawResponse()`. An error answer is returned as well, and thrown by parse(); a call
 * that gets no valid answer throws as the client's methods do.
 */
final class RawClient
{
    /**
     * @internal made by Client::withRawResponse()
     * @param \Closure $send the client's own sending, answering with a RawResponse
     */
    public function __construct(private readonly \Closure $send)
    {
    }

    /**
     * `Client::loginUser()` (login.user), returning the whole answer.
     *
     * @return RawResponse<Model\LoginUserResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function loginUser(
        Model\LoginUserParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'login.user',
            $params->toArray(),
            $options,
            Model\LoginUserResult::class,
            needsToken: false,
        );
    }

    /**
     * `Client::logoutUser()` (logout.user), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function logoutUser(
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'logout.user',
            [],
            $options,
            Model\SuccessResult::class,
        );
    }

    /**
     * `Client::startEmployeeCall()` (start.employee_call), returning the whole answer.
     *
     * @return RawResponse<Model\StartEmployeeCallResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function startEmployeeCall(
        Model\StartEmployeeCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'start.employee_call',
            $params->toArray(),
            $options,
            Model\StartEmployeeCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        );
    }

    /**
     * `Client::startInformerCall()` (start.informer_call), returning the whole answer.
     *
     * @return RawResponse<Model\StartInformerCallResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function startInformerCall(
        Model\StartInformerCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'start.informer_call',
            $params->toArray(),
            $options,
            Model\StartInformerCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        );
    }

    /**
     * `Client::startScenarioCall()` (start.scenario_call), returning the whole answer.
     *
     * @return RawResponse<Model\StartScenarioCallResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function startScenarioCall(
        Model\StartScenarioCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'start.scenario_call',
            $params->toArray(),
            $options,
            Model\StartScenarioCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        );
    }

    /**
     * `Client::startSimpleCall()` (start.simple_call), returning the whole answer.
     *
     * @return RawResponse<Model\StartSimpleCallResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function startSimpleCall(
        Model\StartSimpleCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'start.simple_call',
            $params->toArray(),
            $options,
            Model\StartSimpleCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        );
    }

    /**
     * `Client::startVnumberCall()` (start.vnumber_call), returning the whole answer.
     *
     * @return RawResponse<Model\StartVnumberCallResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function startVnumberCall(
        Model\StartVnumberCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'start.vnumber_call',
            $params->toArray(),
            $options,
            Model\StartVnumberCallResult::class,
            actsOnCall: true,
            externalId: 'external_id',
        );
    }

    /**
     * `Client::addCoach()` (add.coach), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function addCoach(
        Model\AddCoachParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'add.coach',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::blockContact()` (block.contact), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function blockContact(
        Model\BlockContactParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'block.contact',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::callTalkOption()` (call.talk_option), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function callTalkOption(
        Model\CallTalkOptionParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'call.talk_option',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::disconnectLeg()` (disconnect.leg), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function disconnectLeg(
        Model\DisconnectLegParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'disconnect.leg',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::holdCall()` (hold.call), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function holdCall(
        Model\HoldCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'hold.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::listCalls()` (list.calls), returning the whole answer.
     *
     * @return RawResponse<ResultList<Model\ListCallsResult>>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function listCalls(
        Model\ListCallsParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'list.calls',
            $params->toArray(),
            $options,
            Model\ListCallsResult::class,
            isList: true,
        );
    }

    /**
     * `Client::listTalkOptions()` (list.talk_options), returning the whole answer.
     *
     * @return RawResponse<ResultList<Model\ListTalkOptionsResult>>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function listTalkOptions(
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'list.talk_options',
            [],
            $options,
            Model\ListTalkOptionsResult::class,
            isList: true,
        );
    }

    /**
     * `Client::makeCall()` (make.call), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function makeCall(
        Model\MakeCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'make.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::recordCall()` (record.call), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function recordCall(
        Model\RecordCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'record.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::releaseCall()` (release.call), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function releaseCall(
        Model\ReleaseCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'release.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::restoreTalk()` (restore.talk), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function restoreTalk(
        Model\RestoreTalkParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'restore.talk',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::sendDtmf()` (send.dtmf), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function sendDtmf(
        Model\SendDtmfParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'send.dtmf',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::tagCall()` (tag.call), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function tagCall(
        Model\TagCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'tag.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::transferTalk()` (transfer.talk), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function transferTalk(
        Model\TransferTalkParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'transfer.talk',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }

    /**
     * `Client::unholdCall()` (unhold.call), returning the whole answer.
     *
     * @return RawResponse<Model\SuccessResult>
     * @throws Exception\CallApiError when no valid answer came (an API error is thrown by parse())
     */
    public function unholdCall(
        Model\UnholdCallParams $params,
        ?RequestOptions $options = null,
    ): RawResponse {
        return ($this->send)(
            'unhold.call',
            $params->toArray(),
            $options,
            Model\SuccessResult::class,
            actsOnCall: true,
        );
    }
}
