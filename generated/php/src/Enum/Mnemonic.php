<?php

// Generated from spec/ by `python -m generator`; do not edit.

declare(strict_types=1);

namespace CloudPbx\CallApi\Enum;

/**
 * Kind of action the option performs:
 * - `finish_conversation`: end the conversation
 * - `tag_call`: put a tag on the call
 * - `record_talk`: voice recorder (record the conversation)
 * - `transfer_call`: transfer the call
 * - `run_scenario`: run a scenario
 * - `call_coach`: call the coach
 * - `receive_fax`: receive a fax
 * - `save_numa`: save the caller's number (caller ID) to a group
 */
enum Mnemonic: string
{
    case FinishConversation = 'finish_conversation';
    case TagCall = 'tag_call';
    case RecordTalk = 'record_talk';
    case TransferCall = 'transfer_call';
    case RunScenario = 'run_scenario';
    case CallCoach = 'call_coach';
    case ReceiveFax = 'receive_fax';
    case SaveNuma = 'save_numa';
}
