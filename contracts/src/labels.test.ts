import assert from "node:assert/strict"
import { test } from "node:test"
import {
  ADJUSTMENT_REASON_LABELS,
  ADJUSTMENT_REASONS,
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  displayedCertificateStatus,
  FEED_CHANNEL_LABELS,
  FEED_CHANNELS,
  FEED_FORMAT_LABELS,
  FEED_FORMATS,
  FEED_RUN_STATUS_LABELS,
  FEED_RUN_STATUSES,
  FEED_RUN_TRIGGER_LABELS,
  FEED_RUN_TRIGGERS,
  INSPECTION_CHECK_LABELS,
  INSPECTION_CHECKS,
  INSPECTION_KIND_LABELS,
  INSPECTION_KINDS,
  PROPOSAL_ACTION_LABELS,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUS_LABELS,
  PROPOSAL_STATUSES,
  VIOLATION_GROUND_LABELS,
  VIOLATION_GROUNDS,
  VIOLATION_STATUS_LABELS,
  VIOLATION_STATUSES,
  INCOMING_TRANSFER_STATUS_LABELS,
  INCOMING_TRANSFER_STATUSES,
  LEGAL_BASES,
  LEGAL_BASIS_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  NOTICE_STATUS_LABELS,
  NOTICE_STATUSES,
  OWNER_TYPE_LABELS,
  OWNER_TYPES,
  PARCEL_STATUS_LABELS,
  PAYMENT_METHOD_LABELS,
  PAYMENT_METHODS,
  PRODUCER_ORDER_STATUS_LABELS,
  PRODUCER_ORDER_STATUSES,
  PRODUCER_STATUS_LABELS,
  PRODUCER_STATUSES,
  REFUND_METHOD_LABELS,
  REFUND_METHODS,
  SETTLEMENT_METHOD_LABELS,
  SETTLEMENT_METHODS,
  SETTLEMENT_STATUS_LABELS,
  SETTLEMENT_STATUSES,
  SHOPPER_REFUND_STATUS_LABELS,
  SHOPPER_REFUND_STATUSES,
  SITE_TYPE_LABELS,
  SITE_TYPES,
  STATEMENT_FIELD_LABELS,
  STATEMENT_FIELDS,
} from "."
import { ListCertificatesQuery, NoticesQuery, SettlementsQuery, ShopperRefundsQuery } from "./schemas"

// Every table Admin, the storefront and the backend show a code with, against the list of its codes:
// a code added to a list without its label would reach a person as "to_pay_out".
const TABLES: [string, readonly string[], Record<string, string>][] = [
  ["certificate status", CERTIFICATE_STATUSES, CERTIFICATE_STATUS_LABELS],
  ["legal basis", LEGAL_BASES, LEGAL_BASIS_LABELS],
  ["owner type", OWNER_TYPES, OWNER_TYPE_LABELS],
  ["producer status", PRODUCER_STATUSES, PRODUCER_STATUS_LABELS],
  ["member role", MEMBER_ROLES, MEMBER_ROLE_LABELS],
  ["producer's part, as the producer and the office read it", PRODUCER_ORDER_STATUSES, PRODUCER_ORDER_STATUS_LABELS],
  ["producer's part, as the shopper reads it", PRODUCER_ORDER_STATUSES, PARCEL_STATUS_LABELS],
  ["settlement method", SETTLEMENT_METHODS, SETTLEMENT_METHOD_LABELS],
  ["settlement status", SETTLEMENT_STATUSES, SETTLEMENT_STATUS_LABELS],
  ["refund method", REFUND_METHODS, REFUND_METHOD_LABELS],
  ["refund status", SHOPPER_REFUND_STATUSES, SHOPPER_REFUND_STATUS_LABELS],
  ["incoming transfer status", INCOMING_TRANSFER_STATUSES, INCOMING_TRANSFER_STATUS_LABELS],
  ["statement column", STATEMENT_FIELDS, STATEMENT_FIELD_LABELS],
  ["site type", SITE_TYPES, SITE_TYPE_LABELS],
  ["stock movement", MOVEMENT_KINDS, MOVEMENT_KIND_LABELS],
  ["adjustment reason", ADJUSTMENT_REASONS, ADJUSTMENT_REASON_LABELS],
  ["counter payment", PAYMENT_METHODS, PAYMENT_METHOD_LABELS],
  ["e-mail status", NOTICE_STATUSES, NOTICE_STATUS_LABELS],
  ["feed channel", FEED_CHANNELS, FEED_CHANNEL_LABELS],
  ["feed file type", FEED_FORMATS, FEED_FORMAT_LABELS],
  ["feed run trigger", FEED_RUN_TRIGGERS, FEED_RUN_TRIGGER_LABELS],
  ["feed run status", FEED_RUN_STATUSES, FEED_RUN_STATUS_LABELS],
  ["inspection kind", INSPECTION_KINDS, INSPECTION_KIND_LABELS],
  ["inspection checklist item", INSPECTION_CHECKS, INSPECTION_CHECK_LABELS],
  ["violation ground", VIOLATION_GROUNDS, VIOLATION_GROUND_LABELS],
  ["violation status", VIOLATION_STATUSES, VIOLATION_STATUS_LABELS],
  ["proposal action", PROPOSAL_ACTIONS, PROPOSAL_ACTION_LABELS],
  ["proposal status", PROPOSAL_STATUSES, PROPOSAL_STATUS_LABELS],
]

test("every code of every shared list has exactly one Vietnamese label, and no label names a code the list lacks", () => {
  for (const [name, codes, labels] of TABLES) {
    assert.deepEqual(Object.keys(labels).sort(), [...codes].sort(), name)
    for (const code of codes) assert.ok(labels[code]?.trim(), `${name}: ${code}`)
    assert.equal(new Set(Object.values(labels)).size, codes.length, `${name}: two codes read the same`)
  }
})

test("the lists' filters take exactly the codes the labels name", () => {
  assert.deepEqual(NoticesQuery.shape.status.unwrap().options, [...NOTICE_STATUSES])
  assert.deepEqual(SettlementsQuery.shape.status.unwrap().options, [...SETTLEMENT_STATUSES])
  assert.deepEqual(ShopperRefundsQuery.shape.status.unwrap().options, [...SHOPPER_REFUND_STATUSES])
  for (const status of CERTIFICATE_STATUSES) assert.deepEqual(ListCertificatesQuery.parse({ status }).status, [status])
  assert.equal(ListCertificatesQuery.safeParse({ status: "lapsed" }).success, false)
})

test("a certificate still marked valid reads expired from the moment its validity (grace included) ends", () => {
  const validUntil = "2026-12-01T00:00:00.000Z"
  const before = new Date("2026-11-30T23:59:59.999Z")
  const at = new Date(validUntil)
  assert.equal(displayedCertificateStatus({ status: "valid", valid_until: validUntil }, before), "valid")
  assert.equal(displayedCertificateStatus({ status: "valid", valid_until: validUntil }, at), "expired")
  // Revoked and suspended say so whatever the dates.
  assert.equal(displayedCertificateStatus({ status: "revoked", valid_until: validUntil }, before), "revoked")
  assert.equal(displayedCertificateStatus({ status: "suspended", valid_until: validUntil }, at), "suspended")
})
