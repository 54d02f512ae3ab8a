const Stripe = require('stripe');

if (!process.env.STRIPE_SECRET_KEY) throw new Error('STRIPE_SECRET_KEY is not set');
const stripe = Stripe(process.env.STRIPE_SECRET_KEY);

async function chargeCustomer(customerId, amountCents, description) {
  return stripe.paymentIntents.create({
    customer: customerId,
    amount: amountCents,
    currency: 'eur',
    description,
    confirm: true,
  });
}

module.exports = { chargeCustomer };
