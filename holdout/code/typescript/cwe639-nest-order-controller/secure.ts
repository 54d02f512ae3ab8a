import { Controller, Get, NotFoundException, Param, ParseIntPipe, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { OrdersService } from './orders.service';

@Controller('orders')
@UseGuards(AuthGuard('jwt'))
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Get(':id')
  async findOne(@Param('id', ParseIntPipe) id: number, @Req() req: { user: { id: number } }) {
    const order = await this.orders.findById(id);
    if (!order || order.customerId !== req.user.id) throw new NotFoundException();
    return order;
  }
}
