import { authenticate, defineMiddlewares } from "@medusajs/framework/http"
import {
  AcceptInviteBody,
  AdjustmentBody,
  AttachTransferBody,
  BatchesQuery,
  CancelBody,
  CancelOrderBody,
  CancelPickupBody,
  CatalogQuery,
  CatalogSuggestionsQuery,
  CoverageBody,
  CreateShowroomBody,
  CreateStaffBody,
  CustomerReturnBody,
  DeliveryFeesBody,
  DismissTransferBody,
  ImportStatementBody,
  FeedBody,
  InviteBody,
  IssueCertificateBody,
  ListCertificatesQuery,
  ListProducersQuery,
  ListQuery,
  ListTransfersQuery,
  MovementsQuery,
  NewBatchBody,
  NewProductBody,
  NewVariant,
  PublishStandardBody,
  OrderLookupBody,
  PreviewQuery,
  ReceiptBody,
  RegisterProducerBody,
  RenewCertificateBody,
  ReturnToProducerBody,
  RevokeCertificateBody,
  SaleBody,
  SepayWebhookBody,
  SetCartDeliveryBody,
  RefuseBody,
  RefundPartBody,
  RefundPayoutBody,
  NoticesQuery,
  PopularProductsQuery,
  ShopperRefundsQuery,
  ShipBody,
  SitemapQuery,
  StampSheetQuery,
  StampsQuery,
  StockQuery,
  StoreCertificatesQuery,
  SuspendCertificateBody,
  SuspendProducerBody,
  UpdateFeedBody,
  UpdateProductBody,
  UpdateProfileBody,
  UpdateVariantBody,
  VoidStampBody,
} from "@ocop/contracts/schemas"
import { CustomerLoginBody, NewPasswordBody, VerifyEmailBody } from "@ocop/contracts/schemas"
import {
  AnswerViolationBody,
  ConfirmProposalBody,
  DismissProposalBody,
  InspectionsQuery,
  ProducerInspectionsQuery,
  ProducerScanWatchQuery,
  ScanWatchQuery,
  RecordInspectionBody,
  ResolveViolationBody,
  ViolationsQuery,
} from "@ocop/contracts/schemas"
import { BatchReachQuery, OverviewCsvQuery } from "@ocop/contracts/schemas"
import { CloseMonthBody, CommissionBody, MarkPaidBody, PeriodQuery, SettlementsQuery } from "@ocop/contracts/schemas"
import { receiveDocument } from "./uploads/documents"
import { officePicturesAsStored, receiveImages } from "./uploads/images"
import { refuseUnsafePictureAddresses } from "./admin/products/picture-addresses"
import { officeExportsNeedLogin } from "./uploads/office-exports"
import { deliveryAddressInProvince, savedAddressInProvince } from "./store/carts/address-units"
import { customerPhoneStored, noCustomerMetadata } from "./store/customers/customer-input"
import { ownOrdersOnly } from "./store/orders/owner"
import { finishInterruptedCheckout } from "./store/carts/finish-interrupted-checkout"
import { homeDeliveryBeforeLineChange } from "./store/carts/home-delivery"
import { validateBody, validateQuery } from "./validate-body"
import { sepayKeyRequired } from "./hooks/bank-transfer/sepay/sepay-key"
import { stripeSignatureRequired } from "./hooks/payment/stripe-signature"
import {
  limitAccountRequests,
  limitCounterStampLookups,
  limitFailedLogins,
  limitOrderLookups,
  limitProducerRegistrations,
  limitStampLookups,
} from "./rate-limits"
import { apiErrorHandler } from "./error-handler"
import { inputBoundary } from "./input-boundary"

// A producer member logs in as actor `producer`; registration and invites need only a login.
const producerLogin = authenticate("producer", ["session", "bearer"], { allowUnregistered: true })
const producerMember = authenticate("producer", ["session", "bearer"])
const showroomStaff = authenticate("showroom_staff", ["session", "bearer"])
// Orders are read by guests too (their id is the key): the customer is known when logged in.
const customerIfLoggedIn = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

export default defineMiddlewares({
  errorHandler: apiErrorHandler(),
  routes: [
    // Before every other middleware and route: what no field anywhere may hold.
    { matcher: "/*", middlewares: [inputBoundary] },
    // Rate limits (rate-limits.ts, docs/SECURITY.md): before the routes they guard.
    { matcher: "/auth/:actor_type/emailpass", method: ["GET", "POST"], middlewares: [limitFailedLogins] }, // Medusa logs in on GET too
    { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [limitAccountRequests] },
    { matcher: "/auth/:actor_type/emailpass/reset-password", method: ["POST"], middlewares: [limitAccountRequests] },
    // Customer accounts (issue 17): the password rule on a new login; phones in their stored form.
    { matcher: "/auth/customer/emailpass/register", method: ["POST"], middlewares: [validateBody(CustomerLoginBody)] },
    { matcher: "/auth/customer/emailpass/update", method: ["POST"], middlewares: [validateBody(NewPasswordBody)] },
    { matcher: "/store/customers", method: ["POST"], middlewares: [noCustomerMetadata, customerPhoneStored] },
    { matcher: "/store/customers/me", method: ["POST"], middlewares: [noCustomerMetadata, customerPhoneStored] },
    { matcher: "/store/customer-email/verify", method: ["POST"], middlewares: [validateBody(VerifyEmailBody)] },
    {
      matcher: "/store/customers/me/addresses",
      method: ["POST"],
      middlewares: [customerPhoneStored, savedAddressInProvince],
    },
    {
      matcher: "/store/customers/me/addresses/:address_id",
      method: ["POST"],
      middlewares: [customerPhoneStored, savedAddressInProvince],
    },
    // An account's orders are its own, on Medusa's order route and on ours beneath it (owner.ts).
    { matcher: "/store/orders/:id", middlewares: [customerIfLoggedIn, ownOrdersOnly] },
    { matcher: "/store/orders/:id/*", middlewares: [customerIfLoggedIn, ownOrdersOnly] },
    { matcher: "/store/trace/:code", method: ["GET"], middlewares: [limitStampLookups] },
    { matcher: "/store/trace/batches/:id", method: ["GET"], middlewares: [limitStampLookups] },
    { matcher: "/showroom/stock", method: ["GET"], middlewares: [limitCounterStampLookups] },
    { matcher: "/store/order-lookup", method: ["POST"], middlewares: [validateBody(OrderLookupBody), limitOrderLookups] },
    {
      matcher: "/producer/register",
      method: ["POST"],
      middlewares: [producerLogin, validateBody(RegisterProducerBody), limitProducerRegistrations],
    },
    { matcher: "/producer/invites/accept", method: ["POST"], middlewares: [producerLogin, validateBody(AcceptInviteBody)] },
    { matcher: "/producer/me*", middlewares: [producerMember] },
    { matcher: "/producer/dashboard*", middlewares: [producerMember] },
    { matcher: "/producer/products*", middlewares: [producerMember] },
    { matcher: "/producer/uploads*", middlewares: [producerMember] },
    { matcher: "/producer/certificates*", middlewares: [producerMember] },
    { matcher: "/producer/orders*", middlewares: [producerMember] },
    { matcher: "/producer/members*", middlewares: [producerMember] },
    { matcher: "/producer/showrooms*", middlewares: [producerMember] },
    { matcher: "/producer/batches*", middlewares: [producerMember] },
    { matcher: "/producer/inspections*", middlewares: [producerMember] },
    { matcher: "/producer/inspection-evidence*", middlewares: [producerMember] },
    { matcher: "/producer/violations*", middlewares: [producerMember] },
    { matcher: "/producer/scan-watch*", middlewares: [producerMember] },
    { matcher: "/producer/stamps*", middlewares: [producerMember] },
    { matcher: "/producer/settlements*", middlewares: [producerMember] },
    { matcher: "/producer/me", method: ["POST"], middlewares: [validateBody(UpdateProfileBody)] },
    { matcher: "/producer/products", method: ["GET"], middlewares: [validateQuery(ListQuery)] },
    { matcher: "/producer/products", method: ["POST"], middlewares: [validateBody(NewProductBody)] },
    { matcher: "/producer/products/:id", method: ["POST"], middlewares: [validateBody(UpdateProductBody)] },
    { matcher: "/producer/products/:id/variants", method: ["POST"], middlewares: [validateBody(NewVariant)] },
    { matcher: "/producer/products/:id/variants/:variant_id", method: ["POST"], middlewares: [validateBody(UpdateVariantBody)] },
    { matcher: "/producer/uploads", method: ["POST"], bodyParser: false, middlewares: [receiveImages] },
    // Published standards (issue 19): the document and its fields in one multipart request.
    {
      matcher: "/producer/products/:id/standards",
      method: ["POST"],
      bodyParser: false,
      middlewares: [receiveDocument, validateBody(PublishStandardBody)],
    },
    // Medusa Admin's product media: its own route, after its own multer; pictures are stored as producers' are.
    { matcher: "/admin/uploads", method: ["POST"], middlewares: [officePicturesAsStored] },
    { matcher: "/admin/products", method: ["POST"], middlewares: [refuseUnsafePictureAddresses] },
    { matcher: "/admin/products/:id", method: ["POST"], middlewares: [refuseUnsafePictureAddresses] },
    { matcher: "/uploads/:name", method: ["GET"], middlewares: [officeExportsNeedLogin] },
    { matcher: "/producer/orders", method: ["GET"], middlewares: [validateQuery(ListQuery)] },
    { matcher: "/producer/orders/:id/ship", method: ["POST"], middlewares: [validateBody(ShipBody)] },
    { matcher: "/store/orders/:id/cancel", method: ["POST"], middlewares: [validateBody(CancelOrderBody)] },
    { matcher: "/producer/orders/:id/cancel", method: ["POST"], middlewares: [validateBody(CancelBody)] },
    { matcher: "/producer/orders/:id/refuse", method: ["POST"], middlewares: [validateBody(RefuseBody)] },
    { matcher: "/producer/members/invites", method: ["POST"], middlewares: [validateBody(InviteBody)] },
    { matcher: "/producer/batches", method: ["GET"], middlewares: [validateQuery(BatchesQuery)] },
    { matcher: "/producer/batches", method: ["POST"], middlewares: [validateBody(NewBatchBody)] },
    { matcher: "/producer/batches/:id/stamps", method: ["GET"], middlewares: [validateQuery(StampsQuery)] },
    { matcher: "/producer/batches/:id/stamp-sheet", method: ["GET"], middlewares: [validateQuery(StampSheetQuery)] },
    { matcher: "/producer/stamps/:code/void", method: ["POST"], middlewares: [validateBody(VoidStampBody)] },
    { matcher: "/showroom/*", middlewares: [showroomStaff] },
    { matcher: "/showroom/stock", method: ["GET"], middlewares: [validateQuery(StockQuery)] },
    { matcher: "/showroom/reports", method: ["GET"], middlewares: [validateQuery(PeriodQuery)] },
    { matcher: "/admin/showrooms/overview", method: ["GET"], middlewares: [validateQuery(PeriodQuery)] },
    { matcher: "/admin/showrooms/:id/report", method: ["GET"], middlewares: [validateQuery(PeriodQuery)] },
    { matcher: "/producer/showrooms", method: ["GET"], middlewares: [validateQuery(PeriodQuery)] },
    { matcher: "/showroom/movements", method: ["GET"], middlewares: [validateQuery(MovementsQuery)] },
    { matcher: "/showroom/receipts", method: ["POST"], middlewares: [validateBody(ReceiptBody)] },
    { matcher: "/showroom/returns", method: ["POST"], middlewares: [validateBody(ReturnToProducerBody)] },
    { matcher: "/showroom/adjustments", method: ["POST"], middlewares: [validateBody(AdjustmentBody)] },
    { matcher: "/showroom/sales", method: ["POST"], middlewares: [validateBody(SaleBody)] },
    { matcher: "/showroom/sales/:order_id/returns", method: ["POST"], middlewares: [validateBody(CustomerReturnBody)] },
    { matcher: "/showroom/pickups/:order_id/cancel", method: ["POST"], middlewares: [validateBody(CancelPickupBody)] },
    { matcher: "/admin/showrooms", method: ["POST"], middlewares: [validateBody(CreateShowroomBody)] },
    { matcher: "/admin/feeds", method: ["POST"], middlewares: [validateBody(FeedBody)] },
    { matcher: "/admin/feeds/:id", method: ["POST"], middlewares: [validateBody(UpdateFeedBody)] },
    { matcher: "/admin/feeds/:id/preview", method: ["GET"], middlewares: [validateQuery(PreviewQuery)] },
    { matcher: "/admin/showrooms/:id/staff", method: ["POST"], middlewares: [validateBody(CreateStaffBody)] },
    { matcher: "/admin/producers", method: ["GET"], middlewares: [validateQuery(ListProducersQuery)] },
    { matcher: "/admin/producers/:id/suspend", method: ["POST"], middlewares: [validateBody(SuspendProducerBody)] },
    // Refunds per producer part (issue 16)
    { matcher: "/admin/producer-orders/:id/cancel", method: ["POST"], middlewares: [validateBody(CancelBody)] },
    { matcher: "/admin/producer-orders/:id/refund", method: ["POST"], middlewares: [validateBody(RefundPartBody)] },
    { matcher: "/admin/shopper-refunds", method: ["GET"], middlewares: [validateQuery(ShopperRefundsQuery)] },
    // The office's mailbox (issue 17)
    { matcher: "/admin/notices", method: ["GET"], middlewares: [validateQuery(NoticesQuery)] },
    { matcher: "/admin/shopper-refunds/:id/paid-out", method: ["POST"], middlewares: [validateBody(RefundPayoutBody)] },
    { matcher: "/admin/producers/:id/commission", method: ["POST"], middlewares: [validateBody(CommissionBody)] },
    // Producer settlements (issue 16)
    { matcher: "/admin/delivery-fees", method: ["POST"], middlewares: [validateBody(DeliveryFeesBody)] },
    { matcher: "/admin/settlements", method: ["GET"], middlewares: [validateQuery(SettlementsQuery)] },
    { matcher: "/admin/settlements/close", method: ["POST"], middlewares: [validateBody(CloseMonthBody)] },
    { matcher: "/admin/settlements/:id/mark-paid", method: ["POST"], middlewares: [validateBody(MarkPaidBody)] },
    // The office's reconciliation of bank transfers (issue 16).
    // A statement's lines (at most STATEMENT_LIMITS.lines, from a CSV of at most 1 MB) outgrow the 100 kB JSON default.
    {
      matcher: "/admin/reconciliation/statements",
      method: ["POST"],
      bodyParser: { sizeLimit: "2mb" },
      middlewares: [validateBody(ImportStatementBody)],
    },
    { matcher: "/admin/reconciliation/transfers", method: ["GET"], middlewares: [validateQuery(ListTransfersQuery)] },
    {
      matcher: "/admin/reconciliation/transfers/:id/attach",
      method: ["POST"],
      middlewares: [validateBody(AttachTransferBody)],
    },
    {
      matcher: "/admin/reconciliation/transfers/:id/dismiss",
      method: ["POST"],
      middlewares: [validateBody(DismissTransferBody)],
    },
    // SePay's transfer notification (issue 16): its key first, so a stranger learns nothing of the format.
    {
      matcher: "/hooks/bank-transfer/sepay",
      method: ["POST"],
      middlewares: [sepayKeyRequired, validateBody(SepayWebhookBody)],
    },
    // Stripe's card payment events (issue 16): only what Stripe signed, recently, reaches Medusa's route.
    { matcher: "/hooks/payment/stripe_stripe", method: ["POST"], middlewares: [stripeSignatureRequired] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [homeDeliveryBeforeLineChange] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [homeDeliveryBeforeLineChange] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [finishInterruptedCheckout] },
    // Delivery addresses after the 2025 reform (issue 17): the commune must be one of its province's.
    { matcher: "/store/carts", method: ["POST"], middlewares: [deliveryAddressInProvince] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [deliveryAddressInProvince] },
    {
      matcher: "/store/carts/:id/delivery",
      method: ["POST"],
      middlewares: [validateBody(SetCartDeliveryBody)],
    },
    {
      matcher: "/store/catalog",
      method: ["GET"],
      middlewares: [validateQuery(CatalogQuery)],
    },
    // Not rate-limited, like the catalog itself: nothing to guess, and a shopper types many words.
    {
      matcher: "/store/catalog/suggestions",
      method: ["GET"],
      middlewares: [validateQuery(CatalogSuggestionsQuery)],
    },
    {
      matcher: "/store/catalog/popular",
      method: ["GET"],
      middlewares: [validateQuery(PopularProductsQuery)],
    },
    {
      matcher: "/store/sitemap",
      method: ["GET"],
      middlewares: [validateQuery(SitemapQuery)],
    },
    {
      matcher: "/store/ocop/certificates",
      method: ["GET"],
      middlewares: [validateQuery(StoreCertificatesQuery)],
    },
    {
      matcher: "/admin/ocop/certificates",
      method: ["GET"],
      middlewares: [validateQuery(ListCertificatesQuery)],
    },
    {
      matcher: "/admin/ocop/certificates",
      method: ["POST"],
      middlewares: [validateBody(IssueCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/renew",
      method: ["POST"],
      middlewares: [validateBody(RenewCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/coverage",
      method: ["POST"],
      middlewares: [validateBody(CoverageBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/revoke",
      method: ["POST"],
      middlewares: [validateBody(RevokeCertificateBody)],
    },
    {
      matcher: "/admin/ocop/certificates/:id/suspend",
      method: ["POST"],
      middlewares: [validateBody(SuspendCertificateBody)],
    },
    // Inspections (issue 19): the office records them and decides what they propose; a producer reads its own.
    { matcher: "/admin/inspections", method: ["GET"], middlewares: [validateQuery(InspectionsQuery)] },
    { matcher: "/admin/inspections", method: ["POST"], middlewares: [validateBody(RecordInspectionBody)] },
    {
      matcher: "/admin/inspection-proposals/:id/confirm",
      method: ["POST"],
      middlewares: [validateBody(ConfirmProposalBody)],
    },
    {
      matcher: "/admin/inspection-proposals/:id/dismiss",
      method: ["POST"],
      middlewares: [validateBody(DismissProposalBody)],
    },
    { matcher: "/admin/violations", method: ["GET"], middlewares: [validateQuery(ViolationsQuery)] },
    { matcher: "/admin/violations/:id/resolve", method: ["POST"], middlewares: [validateBody(ResolveViolationBody)] },
    { matcher: "/admin/ocop/overview/csv", method: ["GET"], middlewares: [validateQuery(OverviewCsvQuery)] },
    { matcher: "/admin/ocop/batches", method: ["GET"], middlewares: [validateQuery(BatchReachQuery)] },
    { matcher: "/producer/inspections", method: ["GET"], middlewares: [validateQuery(ProducerInspectionsQuery)] },
    { matcher: "/producer/violations/:id/answers", method: ["POST"], middlewares: [validateBody(AnswerViolationBody)] },
    // Evidence (photos, PDFs) is uploaded one file at a time, then named in an inspection or an answer.
    { matcher: "/admin/inspection-evidence", method: ["POST"], bodyParser: false, middlewares: [receiveDocument] },
    { matcher: "/producer/inspection-evidence", method: ["POST"], bodyParser: false, middlewares: [receiveDocument] },
    { matcher: "/admin/scan-watch", method: ["GET"], middlewares: [validateQuery(ScanWatchQuery)] },
    { matcher: "/producer/scan-watch", method: ["GET"], middlewares: [validateQuery(ProducerScanWatchQuery)] },
  ],
})
